using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Hosting;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>/{tenant}/oauth2/v2.0/authorize (reference §1.2).</summary>
public class AuthorizeTests
{
    private static string Url(EmulatorHarness h, string query, string tenant = "common") => $"{h.Emulator.AuthorityHost}/{tenant}/oauth2/v2.0/authorize?{query}";

    private static string Query(string clientId, string redirect, string extra = "") =>
        $"client_id={clientId}&response_type=code&redirect_uri={Uri.EscapeDataString(redirect)}&scope=offline_access%20files.readwrite.all&state=abc{extra}";

    [Fact]
    public async Task RedirectsWithCodeAndStateAndAddsTheTrailingSlash()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Get, Url(h, Query(EmulatorHarness.PublicApp.ClientId, "http://localhost:53682")), null);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("http://localhost:53682/?code=", location.OriginalString);
        var query = EmulatorHarness.QueryOf(location);
        Assert.Equal("abc", query["state"]);
        Assert.StartsWith("M.C5", query["code"]);
    }

    [Fact]
    public async Task LoopbackPortIsIgnoredButThePathMustMatch()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var ok = await h.SendAsync(HttpMethod.Get, Url(h, Query(EmulatorHarness.PublicApp.ClientId, "http://127.0.0.1:4000/callback")), null);
        using var wrongPath = await h.SendAsync(HttpMethod.Get, Url(h, Query(EmulatorHarness.PublicApp.ClientId, "http://127.0.0.1:4000/other")), null);

        Assert.Equal(HttpStatusCode.Found, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongPath.StatusCode);
        Assert.Contains("AADSTS50011", await wrongPath.Content.ReadAsStringAsync());
        Assert.Null(wrongPath.Headers.Location);
    }

    [Fact]
    public async Task UnknownAppIsAnErrorPageNotARedirect()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Get, Url(h, Query("00000000-0000-0000-0000-000000000001", "http://localhost")), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AADSTS700016", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DecliningRedirectsWithAccessDenied()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Consent = ConsentMode.AutoDecline);

        using var response = await h.SendAsync(HttpMethod.Get, Url(h, Query(EmulatorHarness.PublicApp.ClientId, "http://localhost")), null);

        var query = EmulatorHarness.QueryOf(response.Headers.Location!);
        Assert.Equal("access_denied", query["error"]);
        Assert.StartsWith("AADSTS65004", query["error_description"]);
        Assert.Equal("abc", query["state"]);
    }

    [Fact]
    public async Task ConsentPageAcceptsThroughItsForm()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Consent = ConsentMode.Interactive);
        var query = Query(EmulatorHarness.PublicApp.ClientId, "http://localhost");

        using var page = await h.SendAsync(HttpMethod.Get, Url(h, query), null);
        var html = await page.Content.ReadAsStringAsync();
        var form = EmulatorHarness.Form(("client_id", EmulatorHarness.PublicApp.ClientId), ("response_type", "code"), ("redirect_uri", "http://localhost"), ("scope", "files.read"), ("state", "abc"), ("consent", "accept"));
        using var accepted = await h.Http.PostAsync(Url(h, string.Empty), form);

        Assert.Contains("name=\"consent\" value=\"accept\"", html);
        Assert.Equal(HttpStatusCode.Found, accepted.StatusCode);
        Assert.True(EmulatorHarness.QueryOf(accepted.Headers.Location!).ContainsKey("code"));
    }

    [Fact]
    public async Task FormPostModeAnswersWithAnAutoSubmittingForm()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Get, Url(h, Query(EmulatorHarness.PublicApp.ClientId, "http://localhost", "&response_mode=form_post")), null);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<form method=\"POST\" action=\"http://localhost/\">", html);
        Assert.Contains("name=\"code\"", html);
    }

    [Theory]
    [InlineData("&code_challenge=tooshort&code_challenge_method=S256", "invalid_request", "AADSTS501491")]
    [InlineData("&code_challenge_method=S512&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "invalid_request", "AADSTS501491")]
    public async Task BadPkceParametersRedirectWithAnError(string extra, string error, string code)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Get, Url(h, Query(EmulatorHarness.PublicApp.ClientId, "http://localhost", extra)), null);

        var query = EmulatorHarness.QueryOf(response.Headers.Location!);
        Assert.Equal(error, query["error"]);
        Assert.StartsWith(code, query["error_description"]);
    }

    [Fact]
    public async Task WrongResponseTypeAndMissingScope()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var client = EmulatorHarness.PublicApp.ClientId;

        using var token = await h.SendAsync(HttpMethod.Get, Url(h, $"client_id={client}&response_type=token&redirect_uri=http%3A%2F%2Flocalhost&scope=files.read"), null);
        using var noScope = await h.SendAsync(HttpMethod.Get, Url(h, $"client_id={client}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost"), null);

        Assert.Equal("unsupported_response_type", EmulatorHarness.QueryOf(token.Headers.Location!)["error"]);
        Assert.Contains("'scope'", EmulatorHarness.QueryOf(noScope.Headers.Location!)["error_description"]);
    }

    [Fact]
    public async Task SingleTenantAppOnCommonIsRefused()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Apps.Add(new Identity.AppRegistration("11111111-1111-1111-1111-111111111111", "Org App", new[] { "http://localhost" }, SignInAudience: "AzureADMyOrg")));

        using var response = await h.SendAsync(HttpMethod.Get, Url(h, Query("11111111-1111-1111-1111-111111111111", "http://localhost")), null);

        Assert.StartsWith("AADSTS50194", EmulatorHarness.QueryOf(response.Headers.Location!)["error_description"]);
    }
}
