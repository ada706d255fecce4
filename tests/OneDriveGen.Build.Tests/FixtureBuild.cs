using System;
using System.IO;
using System.Linq;
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
    public (int ExitCode, string Output) Build(params string[] arguments) =>
        DotnetProcess.Run(Directory, new[] { "build", ProjectFile, "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false" }.Concat(arguments), timeout: TimeSpan.FromMinutes(3));

    /// <inheritdoc />
    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
