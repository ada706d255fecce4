using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Cli;

/// <summary>Starts the emulator inside odg and says which settings point the client at it.</summary>
internal static class EmbeddedEmulator
{
    /// <summary>Starts an emulator whose drive lives in <paramref name="dataDirectory"/> (null: a fresh, seeded drive).</summary>
    public static Task<OneDriveEmulator> StartAsync(string? dataDirectory, CancellationToken cancellationToken) =>
        OneDriveEmulator.StartAsync(new EmulatorOptions { DataDirectory = dataDirectory }, cancellationToken: cancellationToken);

    /// <summary>The OneDrive settings of the emulator's registered public test app; they replace any configured ones.</summary>
    public static Dictionary<string, string?> Settings(OneDriveEmulator emulator) => new()
    {
        ["OneDrive:ClientId"] = AppRegistration.TestPublicClient.ClientId,
        ["OneDrive:ClientSecret"] = string.Empty,
        ["OneDrive:Tenant"] = "common",
        ["OneDrive:RedirectUri"] = "http://localhost",
        ["OneDrive:AuthorityHost"] = emulator.AuthorityHost,
        ["OneDrive:LiveHost"] = emulator.LiveHost,
        ["OneDrive:GraphBaseUrl"] = emulator.GraphBaseUrl,
        ["OneDrive:RefreshEndpoint"] = "V2",
        // Tokens die with the emulator, so they are kept in memory and each command signs in afresh.
        ["OneDrive:TokenCachePath"] = string.Empty,
    };
}
