using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Hosting;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>/{tenant}/oauth2/v2.0/token and /oauth20_token.srf (reference §1.3–§1.9).</summary>
public class TokenTests
{
    private static readonly string PublicId = EmulatorHarness.PublicApp.ClientId;
    private static readonly string WebId = EmulatorHarness.WebApp.ClientId;

    [Fact]
    public async Task JsonBodyGetsTheRealMissingGrantTypeAnswer()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.Http.PostAsync(h.Emulator.AuthorityHost + "/common/oauth2/v2.0/token", EmulatorHarness.Json("{\"grant_type\":\"authorization_code\",\"client_id\":\"x\"}"));

        var json = await IdentityErrorAssert.IsAsync(response, "invalid_request", 900144);
        Assert.Contains("'grant_type'", json.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task CodeRedemptionWithPkceReturnsTheV2TokenShape()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (verifier, challenge) = EmulatorHarness.NewPkce();
        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost", challenge);

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost"), ("code_verifier", verifier));

        var json = await EmulatorHarness.JsonOf(response, HttpStatusCode.OK);
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
        Assert.Equal(3599, json.GetProperty("expires_in").GetInt32());
        Assert.Equal(3599, json.GetProperty("ext_expires_in").GetInt32());
        Assert.Equal("offline_access files.readwrite.all", json.GetProperty("scope").GetString());
        Assert.StartsWith("EwA", json.GetProperty("access_token").GetString());
        Assert.StartsWith("M.R3_BAY.", json.GetProperty("refresh_token").GetString());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData(501481)]
    [InlineData(50148)]
    public async Task PkceMismatchUsesTheConfiguredCode(int code)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.PkceMismatchCode = code);
        var (_, challenge) = EmulatorHarness.NewPkce();
        var authCode = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost", challenge);

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", authCode), ("redirect_uri", "http://localhost"), ("code_verifier", EmulatorHarness.NewPkce().Verifier));

        await IdentityErrorAssert.IsAsync(response, "invalid_grant", code);
    }

    [Fact]
    public async Task PlainPkceIsVerified()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var verifier = EmulatorHarness.NewPkce().Verifier;
        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost", verifier, method: "plain");

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost"), ("code_verifier", verifier));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CodeIsSingleUse()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost");
        (string, string)[] fields = { ("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost") };

        using var first = await h.TokenAsync(fields);
        using var second = await h.TokenAsync(fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await IdentityErrorAssert.IsAsync(second, "invalid_grant", 54005);
    }

    [Fact]
    public async Task CodeExpiresAfterTenMinutes()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost");
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(11));

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost"));

        await IdentityErrorAssert.IsAsync(response, "invalid_grant", 70008);
    }

    [Fact]
    public async Task RedirectUriMustEqualTheAuthorizedOne()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost");

        using var missing = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code));
        using var different = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://127.0.0.1/callback"));

        await IdentityErrorAssert.IsAsync(missing, "invalid_request", 900144);
        await IdentityErrorAssert.IsAsync(different, "invalid_grant", 50011);
    }

    [Fact]
    public async Task ConfidentialClientMustSendItsSecret()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var code = await h.AuthorizeAsync(EmulatorHarness.WebApp, "http://localhost/signin-oidc");
        (string, string)[] fields = { ("client_id", WebId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost/signin-oidc") };

        using var none = await h.TokenAsync(fields);
        using var wrong = await h.TokenAsync([.. fields, ("client_secret", "not-it")]);
        using var right = await h.TokenAsync([.. fields, ("client_secret", EmulatorHarness.WebApp.ClientSecret!)]);

        await IdentityErrorAssert.IsAsync(none, "invalid_client", 7000218, HttpStatusCode.Unauthorized);
        await IdentityErrorAssert.IsAsync(wrong, "invalid_client", 7000215, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task ConfidentialClientMayUseHttpBasic()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var code = await h.AuthorizeAsync(EmulatorHarness.WebApp, "http://localhost/signin-oidc");
        var request = new HttpRequestMessage(HttpMethod.Post, h.Emulator.AuthorityHost + "/common/oauth2/v2.0/token")
        {
            Content = EmulatorHarness.Form(("client_id", WebId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost/signin-oidc")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(WebId + ":" + Uri.EscapeDataString(EmulatorHarness.WebApp.ClientSecret!))));

        using var response = await h.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PublicClientMustNotSendASecret()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var code = await h.AuthorizeAsync(EmulatorHarness.PublicApp, "http://localhost");

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost"), ("client_secret", "s"));

        await IdentityErrorAssert.IsAsync(response, "invalid_client", 700025, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RefreshRotatesAndThePreviousTokenStaysValidByDefault()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var refresh = h.Emulator.IssueTokens(PublicId).RefreshToken!;

        using var first = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh));
        using var again = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh));

        var rotated = (await EmulatorHarness.JsonOf(first, HttpStatusCode.OK)).GetProperty("refresh_token").GetString();
        Assert.NotEqual(refresh, rotated);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task SingleUseRefreshTokensFailOnReuse()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.RefreshTokenReuse = RefreshTokenReuse.SingleUse);
        var refresh = h.Emulator.IssueTokens(PublicId).RefreshToken!;

        using var first = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh));
        using var again = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await IdentityErrorAssert.IsAsync(again, "invalid_grant", 70008);
    }

    [Fact]
    public async Task RefreshTokenExpiresAfterNinetyDays()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var refresh = h.Emulator.IssueTokens(PublicId).RefreshToken!;
        h.Emulator.Clock.Advance(TimeSpan.FromDays(91));

        using var response = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh));

        await IdentityErrorAssert.IsAsync(response, "invalid_grant", 700082);
    }

    [Fact]
    public async Task UnknownRefreshTokenAndUnsupportedGrant()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var unknown = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", "M.R3_BAY.nope"));
        using var password = await h.TokenAsync(("client_id", PublicId), ("grant_type", "password"));
        using var noRefresh = await h.TokenAsync(("client_id", PublicId), ("grant_type", "refresh_token"));

        await IdentityErrorAssert.IsAsync(unknown, "invalid_grant", 9002313);
        await IdentityErrorAssert.IsAsync(password, "unsupported_grant_type", 70003);
        await IdentityErrorAssert.IsAsync(noRefresh, "invalid_request", 900144);
    }

    [Fact]
    public async Task LiveEndpointAnswersWithLowercaseBearerAndUserId()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var refresh = h.Emulator.IssueTokens(PublicId).RefreshToken!;

        using var response = await h.Http.PostAsync(h.Emulator.LiveHost + "/oauth20_token.srf", EmulatorHarness.Form(("client_id", PublicId), ("grant_type", "refresh_token"), ("refresh_token", refresh), ("redirect_uri", "http://localhost")));

        var json = await EmulatorHarness.JsonOf(response, HttpStatusCode.OK);
        Assert.Equal("bearer", json.GetProperty("token_type").GetString());
        Assert.Equal(3600, json.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("user_id").GetString()));
        Assert.False(json.TryGetProperty("ext_expires_in", out _));
        var access = json.GetProperty("access_token").GetString()!;
        using var graph = await h.GraphAsync(HttpMethod.Get, "/me/drive", access);
        Assert.Equal(HttpStatusCode.OK, graph.StatusCode);
    }

    [Fact]
    public async Task GetAtTheTokenEndpointIsRefused()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Get, h.Emulator.AuthorityHost + "/common/oauth2/v2.0/token", null);

        await IdentityErrorAssert.IsAsync(response, "invalid_request", 900561);
    }
}
