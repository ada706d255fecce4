using System.Collections.Generic;

namespace OneDriveGen.Build;

/// <summary>What one appsettings*.json file configures, each value with its token's position.</summary>
internal sealed class ConfigFileSettings
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

    /// <summary>Every string value under a secret-like key, anywhere in the file.</summary>
    public List<Setting> SecretValues { get; } = new();

    /// <summary>Every string value in the file, for the high-confidence secret pattern.</summary>
    public List<Setting> AllStrings { get; } = new();

    /// <summary>Why the file could not be read, if it could not.</summary>
    public Finding? ReadError { get; set; }
}
