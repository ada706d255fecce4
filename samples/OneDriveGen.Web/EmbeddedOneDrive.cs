using System.Collections.Generic;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Web;

/// <summary>
/// The emulator the sample runs against when no app is configured: interactive sign-in and consent (Accept /
/// Decline), two accounts to sign in as, each with a seeded drive with pictures, and this sample registered as a Web
/// app with a client secret.
/// </summary>
internal static class EmbeddedOneDrive
{
    /// <summary>The sample's registration in the emulator: a confidential client, as the how-to's web product is.</summary>
    public static AppRegistration App { get; } = new(
        "5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
        "OneDriveGen Web Sample",
        new[] { "http://localhost/onedrive/callback" },
        "web-sample~emulator-secret-not-for-production");

    /// <summary>A second person with a drive of their own, to see that each app user sees only their OneDrive.</summary>
    public static EmulatorAccount SecondAccount { get; } = new("second.user@outlook.com", "Second User");

    public static Task<OneDriveEmulator> StartAsync(EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions { Consent = ConsentMode.Interactive };
        options.Apps.Add(App);
        options.Accounts.Add(SecondAccount);
        return OneDriveEmulator.StartAsync(options);
    }

    /// <summary>The OneDrive settings that point the sample at <paramref name="emulator"/>.</summary>
    public static Dictionary<string, string?> Settings(OneDriveEmulator emulator, string redirectUri) => new()
    {
        ["OneDrive:ClientId"] = App.ClientId,
        ["OneDrive:ClientSecret"] = App.ClientSecret,
        ["OneDrive:Tenant"] = "common",
        ["OneDrive:RedirectUri"] = redirectUri,
        ["OneDrive:AuthorityHost"] = emulator.AuthorityHost,
        ["OneDrive:LiveHost"] = emulator.LiveHost,
        ["OneDrive:GraphBaseUrl"] = emulator.GraphBaseUrl,
    };
}
