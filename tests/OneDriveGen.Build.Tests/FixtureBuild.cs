using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Build.Tests;

/// <summary>
/// A small project in a temporary folder that imports the repository's targets and this build's task assembly,
/// built with a real <c>dotnet build</c>.
/// </summary>
public sealed class FixtureBuild : IDisposable
{
    private FixtureBuild(string directory, string projectFile)
    {
        Directory = directory;
        ProjectFile = projectFile;
    }

    /// <summary>The fixture's folder.</summary>
    public string Directory { get; }

    /// <summary>The fixture's project file.</summary>
    public string ProjectFile { get; }

    /// <summary>Writes a project whose PropertyGroup holds <paramref name="propertiesXml"/>, one property per line from line 4.</summary>
    public static FixtureBuild Create(string propertiesXml)
    {
        var directory = Path.Combine(Path.GetTempPath(), "odg-fixture-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var projectFile = Path.Combine(directory, "App.csproj");
        var targets = Path.Combine(RepositoryRoot.Path, "msbuild", "OneDriveGen.Build", "build", "OneDriveGen.Build.targets");
        var task = Path.Combine(AppContext.BaseDirectory, "OneDriveGen.Build.dll");
        File.WriteAllText(projectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
            {propertiesXml}
                <OutputType>Exe</OutputType>
                <OneDriveGenBuildTaskAssembly>{task}</OneDriveGenBuildTaskAssembly>
              </PropertyGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine();\n");
        return new FixtureBuild(directory, projectFile);
    }

    /// <summary>Runs <c>dotnet build</c> with <paramref name="arguments"/>; returns the exit code and everything printed.</summary>
    public (int ExitCode, string Output) Build(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Directory };
        foreach (var argument in new[] { "build", ProjectFile, "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The fixture must not inherit the test host's MSBuild environment.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build of the fixture did not finish in 3 minutes:\n" + output);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <inheritdoc />
    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
