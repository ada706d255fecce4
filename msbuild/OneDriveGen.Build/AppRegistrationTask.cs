using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Build;

/// <summary>
/// The OneDrive app-registration inputs shared by the build tasks, and how they are merged: an MSBuild property
/// wins over the appsettings*.json files, as it is the more explicit of the two.
/// </summary>
public abstract class AppRegistrationTask : Task
{
    /// <summary>The project file, used to locate the properties; <c>$(MSBuildProjectFullPath)</c>.</summary>
    [Required]
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary><c>$(OneDriveClientId)</c>: the application (client) ID.</summary>
    public string? ClientId { get; set; }

    /// <summary><c>$(OneDriveTenant)</c>: common, organizations, consumers, a tenant GUID or domain.</summary>
    public string? Tenant { get; set; }

    /// <summary><c>$(OneDriveRedirectUri)</c>: one or more redirect URIs, separated by <c>;</c>.</summary>
    public string? RedirectUri { get; set; }

    /// <summary><c>$(OneDriveScopes)</c>: the scopes, separated by spaces or <c>;</c>.</summary>
    public string? Scopes { get; set; }

    /// <summary><c>$(OneDriveClientType)</c>: <c>public</c> or <c>confidential</c>.</summary>
    public string? ClientType { get; set; }

    /// <summary><c>$(OneDriveAuthorityHost)</c>: the identity platform host, for national clouds or the emulator.</summary>
    public string? AuthorityHost { get; set; }

    /// <summary><c>$(OneDriveRefreshEndpoint)</c>: <c>v2</c> (the default) or <c>live</c>, as in configuration.</summary>
    public string? RefreshEndpoint { get; set; }

    /// <summary><c>$(OneDriveSignInAudience)</c>: the registration's signInAudience, such as AzureADandPersonalMicrosoftAccount.</summary>
    public string? SignInAudience { get; set; }

    /// <summary><c>$(OneDriveClientSecretExpires)</c>: when the client secret expires (yyyy-MM-dd), to warn ahead.</summary>
    public string? ClientSecretExpires { get; set; }

    /// <summary><c>$(OneDriveDeviceCodeFlow)</c>: <c>true</c> when the app signs users in with the device code flow.</summary>
    public string? DeviceCodeFlow { get; set; }

    /// <summary><c>$(OneDriveAllowPublicClientFlows)</c>: <c>true</c> when the registration has "Allow public client flows" on.</summary>
    public string? AllowPublicClientFlows { get; set; }

    /// <summary><c>$(UserSecretsId)</c>: set when the project keeps its secrets in user-secrets.</summary>
    public string? UserSecretsId { get; set; }

    /// <summary>The appsettings*.json files whose <c>OneDrive</c> or <c>AzureAd</c> section is read.</summary>
    public ITaskItem[] ConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's <c>*-endpoints.json</c> specs, whose endpoint scopes the configuration must grant.</summary>
    public ITaskItem[] SpecFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public sealed override bool Execute()
    {
        try
        {
            return Run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug here must not surface as MSBuild's MSB4018 stack trace: report it with a code instead.
            var failed = BuildDiagnostics.TaskFailed;
            Log.LogError(null, failed.Code, null, failed.HelpLink, ProjectFile, 0, 0, 0, 0, "{0}", failed.Format(GetType().Name, e.GetType().Name + ": " + e.Message));
            return false;
        }
    }

    /// <summary>The task's work; exceptions become ODG2000.</summary>
    protected abstract bool Run();

    /// <summary>Reads the properties and configuration files into settings that know where each value was written.</summary>
    internal AppRegistrationSettings LoadSettings()
    {
        var locator = new ProjectPropertyLocator(ProjectFile);
        Setting Read(string property, string? value) => new(property, value ?? string.Empty, locator.Find(property));

        var configs = ConfigFiles.Select(item => ConfigFileReader.Read(item.GetMetadata("FullPath"))).ToList();
        var redirects = (RedirectUri ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(u => u.Trim().Length > 0)
            .Select(u => Read(AppRegistrationProperties.RedirectUri, u))
            .ToList();

        var settings = new AppRegistrationSettings(
            PreferProperty(Read(AppRegistrationProperties.ClientId, ClientId), configs.Select(c => c.ClientId)),
            PreferProperty(Read(AppRegistrationProperties.Tenant, Tenant), configs.Select(c => c.Tenant)),
            redirects.Count > 0 ? redirects : configs.SelectMany(c => c.RedirectUris).ToList(),
            PreferProperty(Read(AppRegistrationProperties.Scopes, Scopes), configs.Select(c => c.Scopes)),
            Read(AppRegistrationProperties.ClientType, ClientType),
            SourceLocation.FileOnly(ProjectFile),
            configs)
        {
            AuthorityHost = Read(AppRegistrationProperties.AuthorityHost, AuthorityHost),
            RefreshEndpoint = Read(AppRegistrationProperties.RefreshEndpoint, RefreshEndpoint),
            SignInAudience = PreferProperty(Read(AppRegistrationProperties.SignInAudience, SignInAudience), configs.Select(c => c.SignInAudience)),
            ClientSecretExpires = Read(AppRegistrationProperties.ClientSecretExpires, ClientSecretExpires),
            DeviceCodeFlow = Read(AppRegistrationProperties.DeviceCodeFlow, DeviceCodeFlow),
            AllowPublicClientFlows = Read(AppRegistrationProperties.AllowPublicClientFlows, AllowPublicClientFlows),
            HasUserSecrets = !string.IsNullOrWhiteSpace(UserSecretsId),
            ProjectSecrets = locator.Secrets,
            SpecEndpoints = SpecFiles.SelectMany(item => SpecFileReader.Read(item.GetMetadata("FullPath"))).ToList(),
        };

        return settings;
    }

    private static Setting PreferProperty(Setting property, IEnumerable<Setting?> fromConfig) =>
        property.IsBlank ? fromConfig.FirstOrDefault(s => s is { IsBlank: false }) ?? property : property;
}
