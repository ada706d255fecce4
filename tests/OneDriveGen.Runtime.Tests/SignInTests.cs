using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive;
using Xunit;

using OneDriveGen.Tests.Shared;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Runtime.Tests;

/// <summary>The authorization code flow end to end against the emulator.</summary>
public class SignInTests
{
    [Fact]
    public void PkceFollowsRfc7636()
    {
        var known = PkcePair.FromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        var fresh = PkcePair.Create();

        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", known.Challenge);
        Assert.InRange(fresh.Verifier.Length, 43, 128);
        Assert.DoesNotContain(fresh.Verifier, fresh.ToString());
        Assert.Throws<ArgumentException>(() => PkcePair.FromVerifier("short"));
    }

    [Fact]
    public async Task AuthorizationUrlCarriesStatePkceAndTheDefaults()
    {
        await using var h = await RuntimeHarness.StartAsync();

        var session = h.SignIn.Begin();
        var query = RedirectParser.Parse(session.AuthorizationUri.Query);

        Assert.Equal($"{h.Emulator.AuthorityHost}/common/oauth2/v2.0/authorize", session.AuthorizationUri.GetLeftPart(UriPartial.Path));
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("offline_access files.readwrite.all", query["scope"]);
        Assert.Equal(session.State, query["state"]);
        Assert.Equal(session.Pkce.Challenge, query["code_challenge"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.NotEqual(session.State, h.SignIn.Begin().State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LoopbackSignInThenGraph(bool confidential)
    {
        await using var h = await RuntimeHarness.StartAsync(confidential);

        var tokens = await h.SignIn.SignInWithLoopbackAsync(h.BrowseAsync, TimeSpan.FromSeconds(30));
        var provider = h.Provider();
        await provider.SignedInAsync(tokens);
        var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(h.Options, provider));
        var drive = await client.Me.Drive.GetAsync();

        Assert.Equal(h.Emulator.Drive.DriveId, drive!.Id);
        Assert.NotNull(tokens.RefreshToken);
        Assert.Contains("You can close this window", h.LastBrowserPage);
        var redemption = h.Emulator.Requests.Snapshot().Single(r => r.RawTarget.EndsWith("/token", StringComparison.Ordinal));
        Assert.Equal("application/x-www-form-urlencoded", redemption.Headers["Content-Type"].Split(';')[0]);
    }

    [Fact]
    public async Task ManualPasteOfTheCodeOrTheWholeRedirectUrl()
    {
        await using var h = await RuntimeHarness.StartAsync();

        var first = h.SignIn.Begin();
        var firstUrl = await h.AuthorizeRedirectAsync(first);
        var byUrl = await h.SignIn.CompleteAsync(first, firstUrl);
        var second = h.SignIn.Begin();
        var code = RedirectParser.Parse(await h.AuthorizeRedirectAsync(second))["code"];
        var byCode = await h.SignIn.CompleteAsync(second, "  " + code + "\n");

        Assert.NotEqual(byUrl.AccessToken, byCode.AccessToken);
    }

    [Fact]
    public async Task PkceMismatchIsAnIdentityErrorThatSaysWhy()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var session = h.SignIn.Begin();
        var code = RedirectParser.Parse(await h.AuthorizeRedirectAsync(session))["code"];
        var other = h.SignIn.Begin();

        var error = await Assert.ThrowsAsync<IdentityException>(() => h.SignIn.RedeemCodeAsync(new TestSession(session, other.Pkce).Value, code));

        Assert.Equal("invalid_grant", error.Error);
        Assert.Equal("AADSTS501481", error.Code);
        Assert.Contains("code_verifier", error.Message);
    }

    [Fact]
    public async Task StateMismatchIsRefused()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var session = h.SignIn.Begin();
        var url = await h.AuthorizeRedirectAsync(session);

        var error = await Assert.ThrowsAsync<AuthorizationException>(() => h.SignIn.CompleteAsync(session, url.Replace("state=", "state=x", StringComparison.Ordinal)));

        Assert.Equal("state_mismatch", error.Error);
    }

    [Fact]
    public async Task ReusedCodeRequiresANewSignIn()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var session = h.SignIn.Begin();
        var url = await h.AuthorizeRedirectAsync(session);
        await h.SignIn.CompleteAsync(session, url);

        var error = await Assert.ThrowsAsync<IdentityException>(() => h.SignIn.CompleteAsync(session, url));

        Assert.Equal("AADSTS54005", error.Code);
        Assert.True(error.RequiresSignIn);
        Assert.Contains("single-use", error.Message);
        Assert.NotNull(error.TraceId);
    }

    [Fact]
    public async Task DeclinedConsentIsATypedError()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.Consent = ConsentMode.AutoDecline);

        var error = await Assert.ThrowsAsync<AuthorizationException>(() => h.SignIn.SignInWithLoopbackAsync(h.BrowseAsync, TimeSpan.FromSeconds(30)));

        Assert.True(error.UserDeclined);
        Assert.Contains("did not complete", h.LastBrowserPage);
    }

    [Theory]
    [InlineData("http://localhost", "http://localhost:", "")]
    [InlineData("http://127.0.0.1/callback", "http://127.0.0.1:", "/callback")]
    public async Task LoopbackReceiverPicksAFreePortWhenTheUriHasNone(string configured, string prefix, string path)
    {
        await using var receiver = LoopbackRedirectReceiver.Start(configured);

        Assert.StartsWith(prefix, receiver.RedirectUri);
        Assert.EndsWith(path.Length == 0 ? receiver.RedirectUri[^1..] : path, receiver.RedirectUri);
        Assert.True(new Uri(receiver.RedirectUri).Port > 0);
    }

    [Fact]
    public async Task LoopbackReceiverKeepsAnExplicitPort()
    {
        var port = FreePorts.Next();

        await using var receiver = LoopbackRedirectReceiver.Start($"http://127.0.0.1:{port}/cb");

        Assert.Equal($"http://127.0.0.1:{port}/cb", receiver.RedirectUri);
    }

    [Fact]
    public void NonLoopbackRedirectsCannotBeReceived()
    {
        var error = Assert.Throws<ArgumentException>(() => LoopbackRedirectReceiver.Start("https://app.example.com/cb"));

        Assert.Contains("loopback", error.Message);
    }

    [Fact]
    public async Task LoopbackTimesOut()
    {
        await using var h = await RuntimeHarness.StartAsync();

        var error = await Assert.ThrowsAsync<AuthorizationException>(() => h.SignIn.SignInWithLoopbackAsync(_ => Task.CompletedTask, TimeSpan.FromMilliseconds(300)));

        Assert.Equal("timeout", error.Error);
    }

    [Fact]
    public async Task WrongSecretExplainsAndNeverShowsIt()
    {
        await using var h = await RuntimeHarness.StartAsync(confidential: true, configure: o => o.ClientSecret = "Q~wrong-secret-value");
        var session = h.SignIn.Begin();
        var url = await h.AuthorizeRedirectAsync(session);

        var error = await Assert.ThrowsAsync<IdentityException>(() => h.SignIn.CompleteAsync(session, url));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("Secret ID", error.Message);
        Assert.DoesNotContain("Q~wrong-secret-value", error.ToString());
        Assert.DoesNotContain("Q~wrong-secret-value", h.Options.ToString());
    }

    /// <summary>The same sign-in with another PKCE pair, as a client with a stale verifier would send.</summary>
    private sealed class TestSession(AuthorizationSession original, PkcePair pkce)
    {
        public AuthorizationSession Value { get; } = new(original.AuthorizationUri, original.State, pkce, original.RedirectUri);
    }
}
