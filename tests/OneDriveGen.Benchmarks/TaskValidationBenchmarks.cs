using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.Build.Utilities;
using OneDriveGen.Build;
using OneDriveGen.Build.Tests;
using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The validation task in process, without MSBuild around it: a realistic project (properties, an
/// appsettings.json with an AzureAd section, the shipped spec) against the floor of merely reading those files.
/// </summary>
[MemoryDiagnoser]
public class TaskValidationBenchmarks
{
    private string _directory = null!;
    private string _project = null!;
    private string _appSettings = null!;
    private string _spec = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "odg-task-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _project = Path.Combine(_directory, "App.csproj");
        File.WriteAllText(_project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OneDriveClientId>6731de76-14a6-49ae-97bc-6eba6914391e</OneDriveClientId>
                <OneDriveRedirectUri>http://127.0.0.1</OneDriveRedirectUri>
                <OneDriveScopes>offline_access Files.ReadWrite.All</OneDriveScopes>
                <UserSecretsId>b1946ac9-2a0b-4b8e-9d5e-3f0c1a2b3c4d</UserSecretsId>
              </PropertyGroup>
            </Project>
            """);
        _appSettings = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(_appSettings, """
            {
              // as Identity.Web reads it
              "AzureAd": { "Instance": "https://login.microsoftonline.com/", "TenantId": "common", "CallbackPath": "/signin-oidc", },
              "Logging": { "LogLevel": { "Default": "Information" } }
            }
            """);
        _spec = Path.Combine(_directory, "onedrive-endpoints.json");
        File.Copy(Path.Combine(RepositoryRoot.Path, "onedrive-endpoints.json"), _spec);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "read the three input files")]
    public int ReadInputs() =>
        File.ReadAllText(_project).Length + File.ReadAllText(_appSettings).Length + File.ReadAllText(_spec).Length;

    [Benchmark(Description = "ValidateAppRegistration.Execute")]
    public bool Validate()
    {
        var task = new ValidateAppRegistration
        {
            BuildEngine = new RecordingBuildEngine(),
            ProjectFile = _project,
            ClientId = "6731de76-14a6-49ae-97bc-6eba6914391e",
            RedirectUri = "http://127.0.0.1",
            Scopes = "offline_access Files.ReadWrite.All",
            UserSecretsId = "b1946ac9-2a0b-4b8e-9d5e-3f0c1a2b3c4d",
            ConfigFiles = new[] { new TaskItem(_appSettings) },
            SpecFiles = new[] { new TaskItem(_spec) },
        };
        return task.Execute() ? true : throw new InvalidOperationException("the benchmark's project should validate cleanly");
    }
}
