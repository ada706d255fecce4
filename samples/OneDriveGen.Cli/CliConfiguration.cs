using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Configuration;

namespace OneDriveGen.Cli;

/// <summary>
/// The standard .NET configuration sources, later ones winning: appsettings.json beside odg, user-secrets,
/// environment variables (<c>OneDrive__ClientId</c>), then <c>--set OneDrive:Key=Value</c>.
/// </summary>
internal static class CliConfiguration
{
    public static IConfigurationRoot Build(IEnumerable<string> overrides)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in overrides)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliException($"--set '{pair}' is not KEY=VALUE, e.g. --set OneDrive:Tenant=consumers.");
            }

            values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddUserSecrets(typeof(CliConfiguration).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(values)
            .Build();
    }

    /// <summary>Where tokens persist between commands when TokenCachePath is not configured.</summary>
    public static string DefaultTokenCachePath => Path.Combine(HomeDirectory, "tokens.bin");

    /// <summary>odg's own folder for tokens and the emulator's drive: ~/.odg.</summary>
    public static string HomeDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify), ".odg");
}
