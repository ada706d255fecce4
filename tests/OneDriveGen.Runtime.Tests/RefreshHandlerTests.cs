using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tokens;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// One rule of the refresh handler, pinned at handler level because no real host answers it: a 401 from another
/// origin (a download or upload host) never triggers a refresh.
/// </summary>
public class RefreshHandlerTests
{
    [Fact]
    public async Task UnauthorizedFromAnotherOriginIsReturnedAsIs()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var session = h.SignIn.Begin();
        var tokens = await h.SignIn.CompleteAsync(session, await h.AuthorizeRedirectAsync(session));
        var provider = h.Provider();
        await provider.SignedInAsync(tokens);
        using var invoker = new HttpMessageInvoker(new RefreshOnUnauthorizedHandler(provider) { InnerHandler = new Always401() });
        using var request = new HttpRequestMessage(HttpMethod.Get, h.Emulator.ContentBaseUrl + "/download/abc");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, provider.RefreshCount);
    }

    [Fact]
    public async Task PublicClientWithASecretAndAWrongRedirectAreExplained()
    {
        await using var h = await RuntimeHarness.StartAsync(configure: o => o.ClientSecret = "not-for-public-clients");
        var session = h.SignIn.Begin();
        var url = await h.AuthorizeRedirectAsync(session);

        var secret = await Assert.ThrowsAsync<IdentityException>(() => h.SignIn.CompleteAsync(session, url));

        Assert.Equal("AADSTS700025", secret.Code);
        Assert.Contains("public client", secret.Message);
        Assert.DoesNotContain("not-for-public-clients", secret.ToString());

        await using var other = await RuntimeHarness.StartAsync();
        var first = other.SignIn.Begin();
        var code = RedirectParser.Parse(await other.AuthorizeRedirectAsync(first))["code"];
        var moved = new AuthorizationSession(first.AuthorizationUri, first.State, first.Pkce, "http://127.0.0.1/callback");
        var redirect = await Assert.ThrowsAsync<IdentityException>(() => other.SignIn.RedeemCodeAsync(moved, code));

        Assert.Equal("AADSTS50011", redirect.Code);
        Assert.Contains("'http://127.0.0.1/callback'", redirect.Message);
    }

    private sealed class Always401 : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.Unauthorized)
            {
                RequestMessage = request,
                Content = new StringContent("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"x\"}}"),
            });
    }
}
