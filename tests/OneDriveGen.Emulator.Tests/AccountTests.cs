using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Several accounts, each with a drive of its own: chosen on the sign-in page or by login_hint, bound to every token
/// issued for them (a refresh included), and /me/drive resolved per token. Sources: "Microsoft identity platform and
/// OAuth 2.0 authorization code flow" (login_hint), AADSTS50034 for an account that does not exist.
/// </summary>
public sealed class AccountTests
{
    private static readonly EmulatorAccount Second = new("second.user@outlook.com", "Second User");

    [Fact]
    public async Task Each_account_has_its_own_drive()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Accounts.Add(Second));
        var first = h.Emulator.IssueTokens(EmulatorHarness.PublicApp.ClientId).AccessToken;
        var second = h.Emulator.IssueTokens(EmulatorHarness.PublicApp.ClientId, account: Second).AccessToken;

        using (await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/only-second.txt:/content", second, new StringContent("mine")))
        {
        }

        var firstDrive = await h.GraphJsonAsync("/me/drive", first);
        var secondDrive = await h.GraphJsonAsync("/me/drive", second);
        Assert.NotEqual(firstDrive.GetProperty("id").GetString(), secondDrive.GetProperty("id").GetString());
        Assert.Equal("Second User", secondDrive.GetProperty("owner").GetProperty("user").GetProperty("displayName").GetString());
        await h.GraphJsonAsync("/me/drive/root:/only-second.txt", second);
        await h.GraphJsonAsync("/me/drive/root:/only-second.txt", first, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Login_hint_chooses_the_account_and_a_refresh_stays_on_it()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Accounts.Add(Second));
        var (verifier, challenge) = EmulatorHarness.NewPkce();
        var query = $"client_id={EmulatorHarness.PublicApp.ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString("http://localhost")}&scope={Uri.EscapeDataString("offline_access files.readwrite")}&state=s&code_challenge={challenge}&code_challenge_method=S256&login_hint={Uri.EscapeDataString(Second.Login)}";
        using var authorize = await h.SendAsync(HttpMethod.Get, $"{h.Emulator.AuthorityHost}/common/oauth2/v2.0/authorize?{query}", null);
        var code = EmulatorHarness.QueryOf(authorize.Headers.Location!)["code"];
        using var redeemed = await h.TokenAsync(("client_id", EmulatorHarness.PublicApp.ClientId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost"), ("code_verifier", verifier));
        var tokens = await EmulatorHarness.JsonOf(redeemed, HttpStatusCode.OK);

        using var refreshed = await h.TokenAsync(("client_id", EmulatorHarness.PublicApp.ClientId), ("grant_type", "refresh_token"), ("refresh_token", tokens.GetProperty("refresh_token").GetString()!));
        var renewed = (await EmulatorHarness.JsonOf(refreshed, HttpStatusCode.OK)).GetProperty("access_token").GetString();

        var drive = await h.GraphJsonAsync("/me/drive", renewed);
        Assert.Equal(h.Emulator.DriveOf(Second).DriveId, drive.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unknown_login_hint_is_AADSTS50034()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var query = $"client_id={EmulatorHarness.PublicApp.ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString("http://localhost")}&scope=files.read&state=s&login_hint=nobody%40example.com";

        using var response = await h.SendAsync(HttpMethod.Get, $"{h.Emulator.AuthorityHost}/common/oauth2/v2.0/authorize?{query}", null);

        Assert.StartsWith("AADSTS50034:", EmulatorHarness.QueryOf(response.Headers.Location!)["error_description"], StringComparison.Ordinal);
    }
}
