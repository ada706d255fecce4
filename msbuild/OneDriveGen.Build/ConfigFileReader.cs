using System;
using System.IO;
using System.Threading;
using OneDriveGen.Generator.Json;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Build;

/// <summary>
/// Reads the <c>OneDrive</c> section (or MSAL's <c>AzureAd</c> shape) of an appsettings*.json file, as .NET
/// configuration does: comments and trailing commas allowed, keys case-insensitive.
/// </summary>
internal static class ConfigFileReader
{
    private static readonly string[] Sections = { "OneDrive", "AzureAd" };

    public static ConfigFileSettings Read(string file)
    {
        var settings = new ConfigFileSettings(file);
        JsonNode root;
        try
        {
            root = JsonParser.Parse(File.ReadAllText(file), CancellationToken.None, allowCommentsAndTrailingCommas: true);
        }
        catch (JsonSyntaxException e)
        {
            settings.ReadError = BuildDiagnostics.ConfigFileUnreadable.At(At(file, e.Position), Path.GetFileName(file), " as JSON", e.Message + ".");
            return settings;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            settings.ReadError = BuildDiagnostics.ConfigFileUnreadable.At(SourceLocation.FileOnly(file), Path.GetFileName(file), string.Empty, e.Message);
            return settings;
        }

        CollectStrings(root, file, settings, underSecretKey: false);
        foreach (var sectionName in Sections)
        {
            if (Find(root, sectionName) is { Kind: JsonKind.Object } section)
            {
                ReadSection(section, file, settings);
            }
        }

        return settings;
    }

    private static void ReadSection(JsonNode section, string file, ConfigFileSettings settings)
    {
        settings.ClientId ??= StringSetting(section, "ClientId", file);
        settings.Tenant ??= StringSetting(section, "TenantId", file) ?? StringSetting(section, "Tenant", file);
        settings.Scopes ??= ScopesSetting(section, file);
        settings.Authority ??= StringSetting(section, "Authority", file);
        settings.Instance ??= StringSetting(section, "Instance", file);
        settings.CallbackPath ??= StringSetting(section, "CallbackPath", file);
        settings.SignInAudience ??= StringSetting(section, "SignInAudience", file);
        if (Find(section, "ClientSecret") is { } secret)
        {
            settings.ClientSecretKey ??= At(file, secret.Start);
        }

        if (Find(section, "ClientCredentials") is { Kind: JsonKind.Array } credentials)
        {
            settings.ClientCredentials ??= At(file, credentials.Start);
            foreach (var credential in credentials.Items)
            {
                if (Find(credential, "SourceType") is { Kind: JsonKind.String } type && string.Equals(type.Text, "ClientSecret", StringComparison.OrdinalIgnoreCase))
                {
                    settings.ClientCredentialSecrets++;
                }
            }
        }

        foreach (var key in new[] { "RedirectUri", "RedirectUris" })
        {
            var value = Find(section, key);
            if (value?.Kind == JsonKind.String)
            {
                settings.RedirectUris.Add(new Setting(key, value.Text ?? string.Empty, At(file, value.Start)));
            }
            else if (value?.Kind == JsonKind.Array)
            {
                foreach (var item in value.Items)
                {
                    if (item.Kind == JsonKind.String)
                    {
                        settings.RedirectUris.Add(new Setting(key, item.Text ?? string.Empty, At(file, item.Start)));
                    }
                }
            }
        }
    }

    private static Setting? ScopesSetting(JsonNode section, string file)
    {
        var value = Find(section, "Scopes");
        if (value?.Kind == JsonKind.String)
        {
            return new Setting("Scopes", value.Text ?? string.Empty, At(file, value.Start));
        }

        if (value?.Kind == JsonKind.Array)
        {
            var scopes = new System.Collections.Generic.List<string>();
            foreach (var item in value.Items)
            {
                if (item.Kind == JsonKind.String)
                {
                    scopes.Add(item.Text ?? string.Empty);
                }
            }

            return new Setting("Scopes", string.Join(" ", scopes), At(file, value.Start));
        }

        return null;
    }

    private static void CollectStrings(JsonNode node, string file, ConfigFileSettings settings, bool underSecretKey)
    {
        if (node.Kind == JsonKind.String)
        {
            var setting = new Setting("value", node.Text ?? string.Empty, At(file, node.Start));
            settings.AllStrings.Add(setting);
            if (underSecretKey)
            {
                settings.SecretValues.Add(setting);
            }

            return;
        }

        foreach (var property in node.Properties)
        {
            CollectStrings(property.Value, file, settings, underSecretKey || SecretKeys.IsSecretKey(property.Name));
        }

        foreach (var item in node.Items)
        {
            CollectStrings(item, file, settings, underSecretKey);
        }
    }

    private static Setting? StringSetting(JsonNode section, string key, string file) =>
        Find(section, key) is { Kind: JsonKind.String } value ? new Setting(key, value.Text ?? string.Empty, At(file, value.Start)) : null;

    private static JsonNode? Find(JsonNode node, string key)
    {
        foreach (var property in node.Properties)
        {
            if (property.Name.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    // JsonPosition is 0-based; MSBuild and editors count from 1.
    private static SourceLocation At(string file, JsonPosition position) => new(file, position.Line + 1, position.Column + 1);
}
