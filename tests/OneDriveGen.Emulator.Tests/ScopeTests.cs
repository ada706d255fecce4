using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Scopes at the identity endpoints. Sources: "Microsoft identity platform and OAuth 2.0 authorization code flow"
/// (error codes: invalid_scope, "The scope requested by the app is invalid"; AADSTS70011 in the wire reference §1.6),
/// RFC 6749 §3.3 (scope-token characters), and "Permissions and consent": a token is issued for what the user
/// consented to, and asking for more at the token endpoint is AADSTS65001. Before: any scope string was accepted,
/// and redeeming a code with a wider scope returned a token with the wider scope.
/// </summary>
public sealed class ScopeTests
{
    private static readonly string PublicId = EmulatorHarness.PublicApp.ClientId;

    [Theory]
    [InlineData("offline_access Files.ReadWrite.Everything")]
    [InlineData("offline_access files.\"readwrite\"")]
    [InlineData("offline_access Files.Read\u00e9")]
    public async Task A_malformed_or_unknown_scope_at_authorize_is_invalid_scope(string scope)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var query = $"client_id={PublicId}&response_type=code&redirect_uri={Uri.EscapeDataString("http://localhost")}&scope={Uri.EscapeDataString(scope)}&state=s1";

        using var response = await h.SendAsync(HttpMethod.Get, $"{h.Emulator.AuthorityHost}/common/oauth2/v2.0/authorize?{query}", token: null);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var answer = EmulatorHarness.QueryOf(response.Headers.Location!);
        Assert.Equal("invalid_scope", answer["error"]);
        Assert.StartsWith("AADSTS70011:", answer["error_description"], StringComparison.Ordinal);
        Assert.False(answer.ContainsKey("code"));
    }

    [Theory]
    [InlineData("offline_access https://graph.microsoft.com/Files.Read openid profile")]
    [InlineData("Files.ReadWrite.All User.Read")]
    [InlineData("https://graph.microsoft.com/.default")]
    public async Task Known_scopes_with_or_without_the_resource_are_accepted(string scope)
    {
        await using var h = await EmulatorHarness.StartAsync();

        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost", EmulatorHarness.NewPkce().Challenge, scope: scope);

        Assert.False(string.IsNullOrEmpty(code));
    }

    [Fact]
    public async Task An_unknown_scope_at_the_token_endpoint_is_invalid_scope()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var refresh = h.Emulator.IssueTokens(PublicId).RefreshToken!;

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh), ("scope", "Files.ReadWrite.Everything"));

        await IdentityErrorAssert.IsAsync(response, "invalid_scope", 70011);
    }

    [Fact]
    public async Task Redeeming_a_code_never_grants_more_than_was_consented()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (verifier, challenge) = EmulatorHarness.NewPkce();
        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost", challenge, scope: "offline_access Files.Read");

        using var wider = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost"), ("code_verifier", verifier), ("scope", "offline_access Files.ReadWrite.All"));

        await IdentityErrorAssert.IsAsync(wider, "invalid_grant", 65001);
    }

    [Fact]
    public async Task Redeeming_a_code_for_what_was_consented_works()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (verifier, challenge) = EmulatorHarness.NewPkce();
        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost", challenge, scope: "offline_access Files.Read");

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost"), ("code_verifier", verifier), ("scope", "Files.Read openid"));

        var json = await EmulatorHarness.JsonOf(response, HttpStatusCode.OK);
        Assert.Contains("Files.Read", json.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ReadWrite", json.GetProperty("scope").GetString(), StringComparison.Ordinal);
    }
}
