using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// What the app-registration validation adds to <c>dotnet build</c> of a small project: an incremental build with
/// validation off (baseline), with validation on and up to date (the stamp skips it), and with validation on and
/// forced to run (the stamp deleted before each build). Each is a real <c>dotnet build</c> process.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class BuildValidationBenchmarks
{
    private string _directory = null!;
    private string _project = null!;
    private string _stamp = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "odg-buildbench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _project = Path.Combine(_directory, "App.csproj");
        _stamp = Path.Combine(_directory, "obj", "Debug", "net10.0", "OneDriveGen.validation.stamp");
        var targets = Path.Combine(RepositoryRoot(), "msbuild", "OneDriveGen.Build", "build", "OneDriveGen.Build.targets");
        var task = Path.Combine(AppContext.BaseDirectory, "OneDriveGen.Build.dll");
        File.WriteAllText(_project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <OneDriveClientId>6731de76-14a6-49ae-97bc-6eba6914391e</OneDriveClientId>
                <OneDriveRedirectUri>http://localhost</OneDriveRedirectUri>
                <OneDriveScopes>offline_access Files.ReadWrite.All</OneDriveScopes>
                <OneDriveGenBuildTaskAssembly>{task}</OneDriveGenBuildTaskAssembly>
              </PropertyGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Program.cs"), "System.Console.WriteLine();\n");
        File.WriteAllText(Path.Combine(_directory, "appsettings.json"), "{ \"OneDrive\": { \"TenantId\": \"common\" } }\n");
        Build(string.Empty, "-restore");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "incremental build, validation off")]
    public void ValidationOff() => Build("-p:OneDriveValidation=false");

    [Benchmark(Description = "incremental build, validation on, up to date")]
    public void ValidationUpToDate() => Build(string.Empty);

    [Benchmark(Description = "incremental build, validation on and run")]
    public void ValidationRuns()
    {
        File.Delete(_stamp);
        Build(string.Empty);
    }

    private void Build(string property, string restore = "--no-restore")
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
        foreach (var argument in new[] { "build", _project, "-nologo", restore, "-v:q" })
        {
            start.ArgumentList.Add(argument);
        }

        if (property.Length > 0)
        {
            start.ArgumentList.Add(property);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("fixture build failed:\n" + output);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OneDriveGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OneDriveGen.sln not found above " + AppContext.BaseDirectory);
    }
}
