using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// What the identity endpoints hand out. Sources: "Microsoft identity platform ID tokens" (RS256, v2.0 claims, nonce),
/// "OpenID Connect on the Microsoft identity platform" (discovery document and JWKS), OpenID Connect Core §3.3
/// (hybrid flow: nonce required, c_hash), MSAL's client_info, and the Live token shape of wire reference §1.9
/// (lowercase bearer, user_id). Before: the id_token was an opaque placeholder no library could verify, a hybrid
/// request without a nonce was accepted (and got no id_token), client_info was ignored, and a code redeemed at the
/// Live endpoint came back in the v2.0 shape.
/// </summary>
public sealed class IdentityOutputTests
{
    private static readonly string PublicId = EmulatorHarness.PublicApp.ClientId;

    [Fact]
    public async Task The_id_token_verifies_through_discovery_and_carries_the_nonce_and_profile()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (verifier, challenge) = EmulatorHarness.NewPkce();
        var code = await AuthorizeAsync(h, "code", "openid profile email offline_access files.read", challenge, nonce: "n-0S6_WzA2Mj");

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost"), ("code_verifier", verifier));
        var idToken = (await EmulatorHarness.JsonOf(response, HttpStatusCode.OK)).GetProperty("id_token").GetString()!;

        var result = await ValidateAsync(h, idToken);
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("n-0S6_WzA2Mj", result.Claims["nonce"]);
        Assert.Equal("2.0", result.Claims["ver"]);
        Assert.Equal(TenantRules.ConsumersTenantId, result.Claims["tid"]);
        Assert.Equal("Emulator User", result.Claims["name"]);
        Assert.Equal(EmulatorUser.Email, result.Claims["email"]);
    }

    [Fact]
    public async Task A_tampered_id_token_does_not_verify()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var refresh = h.Emulator.IssueTokens(PublicId, "openid offline_access files.read").RefreshToken!;
        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh));
        var parts = (await EmulatorHarness.JsonOf(response, HttpStatusCode.OK)).GetProperty("id_token").GetString()!.Split('.');
        var claims = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"ver\":\"2.0\"", "\"ver\":\"9.9\"", StringComparison.Ordinal);
        Assert.Contains("9.9", claims, StringComparison.Ordinal);

        var result = await ValidateAsync(h, parts[0] + "." + Base64UrlEncoder.Encode(claims) + "." + parts[2]);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task No_openid_no_id_token()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var refresh = h.Emulator.IssueTokens(PublicId).RefreshToken!;

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh));

        Assert.False((await EmulatorHarness.JsonOf(response, HttpStatusCode.OK)).TryGetProperty("id_token", out _));
    }

    [Fact]
    public async Task A_hybrid_request_without_a_nonce_is_refused()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Get, AuthorizeUrl(h, "code id_token", "openid files.read", null, null), null);

        var answer = EmulatorHarness.QueryOf(response.Headers.Location!);
        Assert.Equal("invalid_request", answer["error"]);
        Assert.Contains("'nonce'", answer["error_description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hybrid_request_gets_code_and_id_token_in_the_fragment_with_c_hash()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Get, AuthorizeUrl(h, "code id_token", "openid files.read", null, "hybrid-nonce"), null);

        var location = response.Headers.Location!;
        Assert.StartsWith("#", location.Fragment, StringComparison.Ordinal);
        var answer = EmulatorHarness.QueryOf(location);
        var result = await ValidateAsync(h, answer["id_token"]);
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("hybrid-nonce", result.Claims["nonce"]);
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes(answer["code"]));
        Assert.Equal(Base64UrlEncoder.Encode(hash[..16]), result.Claims["c_hash"]);
    }

    [Fact]
    public async Task Client_info_is_returned_when_asked()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var refresh = h.Emulator.IssueTokens(PublicId).RefreshToken!;

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh), ("client_info", "1"));

        var info = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes((await EmulatorHarness.JsonOf(response, HttpStatusCode.OK)).GetProperty("client_info").GetString()!)).RootElement;
        Assert.Equal(EmulatorUser.ObjectId, info.GetProperty("uid").GetString());
        Assert.Equal(TenantRules.ConsumersTenantId, info.GetProperty("utid").GetString());
    }

    [Fact]
    public async Task A_code_redeemed_at_the_Live_endpoint_gets_the_Live_shape_and_needs_redirect_uri()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var code = await AuthorizeAsync(h, "code", "offline_access files.read", null, null);
        var live = h.Emulator.LiveHost + "/oauth20_token.srf";

        using var missing = await h.Http.PostAsync(live, EmulatorHarness.Form(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code)));
        using var response = await h.Http.PostAsync(live, EmulatorHarness.Form(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost")));

        await IdentityErrorAssert.IsAsync(missing, "invalid_request", 900144);
        var json = await EmulatorHarness.JsonOf(response, HttpStatusCode.OK);
        Assert.Equal("bearer", json.GetProperty("token_type").GetString());
        Assert.True(json.TryGetProperty("user_id", out _));
        Assert.False(json.TryGetProperty("ext_expires_in", out _));
    }

    private static async Task<string> AuthorizeAsync(EmulatorHarness h, string responseType, string scope, string? challenge, string? nonce)
    {
        using var response = await h.SendAsync(HttpMethod.Get, AuthorizeUrl(h, responseType, scope, challenge, nonce), null);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return EmulatorHarness.QueryOf(response.Headers.Location!)["code"];
    }

    private static string AuthorizeUrl(EmulatorHarness h, string responseType, string scope, string? challenge, string? nonce) =>
        $"{h.Emulator.AuthorityHost}/consumers/oauth2/v2.0/authorize?client_id={PublicId}&response_type={Uri.EscapeDataString(responseType)}&redirect_uri={Uri.EscapeDataString("http://localhost")}&scope={Uri.EscapeDataString(scope)}&state=s1"
        + (challenge is null ? string.Empty : $"&code_challenge={challenge}&code_challenge_method=S256")
        + (nonce is null ? string.Empty : $"&nonce={Uri.EscapeDataString(nonce)}");

    /// <summary>Validates as an app would: keys and issuer from the discovery document, audience = the client ID.</summary>
    private static async Task<TokenValidationResult> ValidateAsync(EmulatorHarness h, string idToken)
    {
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            h.Emulator.AuthorityHost + "/consumers/v2.0/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = false });
        var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
        return await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = PublicId,
            IssuerSigningKeys = configuration.SigningKeys,
        });
    }
}
