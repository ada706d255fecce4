using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace OneDriveGen.Build.Tests;

/// <summary>
/// Writes a project file holding the given OneDrive properties (one per line, so each has a known line), runs
/// <see cref="ValidateAppRegistration"/> with the same values as MSBuild would pass them, and keeps the result.
/// </summary>
public sealed class TaskRun : IDisposable
{
    /// <summary>A valid public-client configuration every test starts from.</summary>
    public static readonly IReadOnlyDictionary<string, string> Valid = new Dictionary<string, string>
    {
        ["OneDriveClientId"] = "6731de76-14a6-49ae-97bc-6eba6914391e",
        ["OneDriveTenant"] = "common",
        ["OneDriveRedirectUri"] = "http://127.0.0.1",
        ["OneDriveScopes"] = "offline_access Files.ReadWrite.All",
        ["OneDriveClientType"] = "public",
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "odg-build-" + Guid.NewGuid().ToString("N"));

    private TaskRun(IReadOnlyDictionary<string, string?> properties, string? appSettingsJson, string? specJson = null)
    {
        Directory.CreateDirectory(_directory);
        SpecFile = Path.Combine(_directory, "onedrive-endpoints.json");
        if (specJson is not null)
        {
            File.WriteAllText(SpecFile, specJson);
        }

        AppSettingsFile = Path.Combine(_directory, "appsettings.json");
        if (appSettingsJson is not null)
        {
            File.WriteAllText(AppSettingsFile, appSettingsJson);
        }

        ProjectFile = Path.Combine(_directory, "App.csproj");
        var xml = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        var line = 3;
        foreach (var (name, value) in properties)
        {
            if (value is null)
            {
                continue;
            }

            xml.Append("    <").Append(name).Append('>').Append(System.Security.SecurityElement.Escape(value)).Append("</").Append(name).Append(">\n");
            Lines[name] = line++;
        }

        xml.Append("  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(ProjectFile, xml.ToString());

        var task = new ValidateAppRegistration
        {
            BuildEngine = Engine,
            ProjectFile = ProjectFile,
            ClientId = properties.GetValueOrDefault("OneDriveClientId"),
            Tenant = properties.GetValueOrDefault("OneDriveTenant"),
            RedirectUri = properties.GetValueOrDefault("OneDriveRedirectUri"),
            Scopes = properties.GetValueOrDefault("OneDriveScopes"),
            ClientType = properties.GetValueOrDefault("OneDriveClientType"),
            AuthorityHost = properties.GetValueOrDefault("OneDriveAuthorityHost"),
            RefreshEndpoint = properties.GetValueOrDefault("OneDriveRefreshEndpoint"),
            SignInAudience = properties.GetValueOrDefault("OneDriveSignInAudience"),
            ClientSecretExpires = properties.GetValueOrDefault("OneDriveClientSecretExpires"),
            DeviceCodeFlow = properties.GetValueOrDefault("OneDriveDeviceCodeFlow"),
            AllowPublicClientFlows = properties.GetValueOrDefault("OneDriveAllowPublicClientFlows"),
            UserSecretsId = properties.GetValueOrDefault("UserSecretsId"),
            SpecFiles = specJson is null ? System.Array.Empty<Microsoft.Build.Framework.ITaskItem>() : new[] { new Microsoft.Build.Utilities.TaskItem(SpecFile) },
            ConfigFiles = appSettingsJson is null ? System.Array.Empty<Microsoft.Build.Framework.ITaskItem>() : new[] { new Microsoft.Build.Utilities.TaskItem(AppSettingsFile) },
        };
        Succeeded = task.Execute();
    }

    /// <summary>The project file written.</summary>
    public string ProjectFile { get; }

    /// <summary>The spec next to the project (written only when a test gives one).</summary>
    public string SpecFile { get; }

    /// <summary>The appsettings.json next to the project (written only when a test gives one).</summary>
    public string AppSettingsFile { get; }

    /// <summary>Everything the task logged, as text, to check that no secret is printed.</summary>
    public string AllText =>
        string.Join("\n", Engine.Errors.Select(e => e.Message).Concat(Engine.Warnings.Select(w => w.Message)).Concat(Engine.Messages.Select(m => m.Message)));

    /// <summary>The line each property was written on.</summary>
    public Dictionary<string, int> Lines { get; } = new();

    /// <summary>What the task logged.</summary>
    public RecordingBuildEngine Engine { get; } = new();

    /// <summary>The task's result.</summary>
    public bool Succeeded { get; }

    /// <summary>Every code logged, errors, warnings and messages.</summary>
    public IEnumerable<string> Codes =>
        Engine.Errors.Select(e => e.Code).Concat(Engine.Warnings.Select(w => w.Code)).Concat(Engine.Messages.Where(m => m.Code is not null).Select(m => m.Code));

    /// <summary>Runs the task on <see cref="Valid"/> with <paramref name="overrides"/> applied (null removes a property).</summary>
    public static TaskRun With(params (string Name, string? Value)[] overrides) => WithAppSettings(null, overrides);

    /// <summary>
    /// As <see cref="With"/>, for a web app: a confidential client whose secret is in user-secrets, so https
    /// redirect URIs are its to use.
    /// </summary>
    public static TaskRun ForWebApp(params (string Name, string? Value)[] overrides) =>
        With(new[] { ("OneDriveClientType", (string?)"confidential"), ("UserSecretsId", (string?)"odg-build-tests") }.Concat(overrides).ToArray());

    /// <summary>As <see cref="With"/>, with an appsettings.json holding <paramref name="json"/>.</summary>
    public static TaskRun WithAppSettings(string? json, params (string Name, string? Value)[] overrides) =>
        new(ValidWith(overrides), json);

    /// <summary>As <see cref="With"/>, with a spec holding <paramref name="json"/>.</summary>
    public static TaskRun WithSpec(string json, params (string Name, string? Value)[] overrides) =>
        new(ValidWith(overrides), null, json);

    private static Dictionary<string, string?> ValidWith((string Name, string? Value)[] overrides)
    {
        var properties = Valid.ToDictionary(p => p.Key, p => (string?)p.Value);
        foreach (var (name, value) in overrides)
        {
            properties[name] = value;
        }

        return properties;
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
