using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OneDriveGen.Build.Tests;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// What the app-registration validation adds to <c>dotnet build</c> of a small project: an incremental build with
/// validation off (baseline), with validation on and up to date (the stamp skips it), and with validation on and
/// forced to run (the stamp deleted before each build). Each is a real <c>dotnet build</c> process.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class BuildValidationBenchmarks
{
    private FixtureBuild _fixture = null!;
    private string _stamp = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = FixtureBuild.Create("""
                <OneDriveClientId>6731de76-14a6-49ae-97bc-6eba6914391e</OneDriveClientId>
                <OneDriveRedirectUri>http://localhost</OneDriveRedirectUri>
                <OneDriveScopes>offline_access Files.ReadWrite.All</OneDriveScopes>
            """);
        File.WriteAllText(Path.Combine(_fixture.Directory, "appsettings.json"), "{ \"OneDrive\": { \"TenantId\": \"common\" } }\n");
        _stamp = Path.Combine(_fixture.Directory, "obj", "Debug", "net10.0", "OneDriveGen.validation.stamp");
        Build();
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark(Baseline = true, Description = "incremental build, validation off")]
    public void ValidationOff() => Build("--no-restore", "-p:OneDriveValidation=false");

    [Benchmark(Description = "incremental build, validation on, up to date")]
    public void ValidationUpToDate() => Build("--no-restore");

    [Benchmark(Description = "incremental build, validation on and run")]
    public void ValidationRuns()
    {
        File.Delete(_stamp);
        Build("--no-restore");
    }

    private void Build(params string[] arguments)
    {
        var (exitCode, output) = _fixture.Build(arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("fixture build failed:\n" + output);
        }
    }
}
