using System.Collections.Generic;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Build;

/// <summary>What one appsettings*.json file configures, each value with its token's position.</summary>
internal sealed class ConfigFileSettings : ISecretSource
{
    public ConfigFileSettings(string file)
    {
        File = file;
    }

    public string File { get; }

    public Setting? ClientId { get; set; }

    public Setting? Tenant { get; set; }

    public List<Setting> RedirectUris { get; } = new();

    public Setting? Scopes { get; set; }

    /// <summary>MSAL's <c>Authority</c> (a whole authority URL), which conflicts with Instance + TenantId.</summary>
    public Setting? Authority { get; set; }

    /// <summary>MSAL's <c>Instance</c> (the authority host).</summary>
    public Setting? Instance { get; set; }

    /// <summary>Identity.Web's <c>CallbackPath</c>, the path of a web app's redirect URI.</summary>
    public Setting? CallbackPath { get; set; }

    /// <summary><c>SignInAudience</c>, as in the app manifest.</summary>
    public Setting? SignInAudience { get; set; }

    /// <summary>A <c>ClientSecret</c> key directly in the section (its value is never kept here).</summary>
    public SourceLocation? ClientSecretKey { get; set; }

    /// <summary>Identity.Web's <c>ClientCredentials</c> array, if present.</summary>
    public SourceLocation? ClientCredentials { get; set; }

    /// <summary>How many <c>ClientSecret</c> credentials the <c>ClientCredentials</c> array lists.</summary>
    public int ClientCredentialSecrets { get; set; }

    /// <summary>Every string value under a secret-like key, anywhere in the file.</summary>
    public List<Setting> SecretValues { get; } = new();

    /// <summary>Every string value in the file, for the high-confidence secret pattern.</summary>
    public List<Setting> AllStrings { get; } = new();

    IReadOnlyList<Setting> ISecretSource.SecretValues => SecretValues;

    IReadOnlyList<Setting> ISecretSource.AllStrings => AllStrings;

    /// <summary>Why the file could not be read, if it could not.</summary>
    public Finding? ReadError { get; set; }
}
