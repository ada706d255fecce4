using System;
using System.Linq;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tokens;
using OneDriveGen.Runtime.Tests.OneDrive;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>Refresh ahead of expiry, on 401, single flight, rotation saved, Live refresh.</summary>
public class TokenLifecycleTests
{
    private static async Task<(OneDriveTokenProvider Provider, TokenSet Tokens)> SignedInAsync(RuntimeHarness h, TimeProvider? time = null)
    {
        var session = h.SignIn.Begin();
        var tokens = await h.SignIn.CompleteAsync(session, await h.AuthorizeRedirectAsync(session));
        var provider = h.Provider(time);
        await provider.SignedInAsync(tokens);
        return (provider, tokens);
    }

    private static int TokenPosts(RuntimeHarness h, DateTimeOffset since) =>
        h.Emulator.Requests.Snapshot().Count(r => r.Method == "POST" && r.At >= since && (r.RawTarget.EndsWith("/token", StringComparison.Ordinal) || r.RawTarget.EndsWith(".srf", StringComparison.Ordinal)));

    [Fact]
    public async Task ExpiredAccessTokenIsRefreshedAheadOfTheCall()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (provider, tokens) = await SignedInAsync(h);
        var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(h.Options, provider));
        await client.Me.Drive.GetAsync();

        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(56));
        var since = h.Emulator.Clock.UtcNow;
        var drive = await client.Me.Drive.GetAsync();

        Assert.NotNull(drive);
        Assert.Equal(1, provider.RefreshCount);
        Assert.Equal(1, TokenPosts(h, since));
        var stored = await h.Store.GetAsync("default");
        Assert.NotEqual(tokens.RefreshToken, stored!.RefreshToken);
    }

    [Fact]
    public async Task GraphUnauthorizedRefreshesAndRetriesOnce()
    {
        await using var h = await RuntimeHarness.StartAsync();
        // The runtime's clock stays behind, so it still trusts a token the emulator already considers expired.
        var (provider, _) = await SignedInAsync(h, TimeProvider.System);
        var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(h.Options, provider));
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        var since = h.Emulator.Clock.UtcNow;

        var drive = await client.Me.Drive.GetAsync();

        Assert.NotNull(drive);
        Assert.Equal(1, provider.RefreshCount);
        var graphCalls = h.Emulator.Requests.Snapshot().Where(r => r.At >= since && r.RawTarget == "/v1.0/me/drive").Select(r => r.Status).ToList();
        Assert.Equal(new[] { 401, 200 }, graphCalls);
    }

    [Fact]
    public async Task HundredConcurrentRequestsAcrossAnExpiryMakeOneRefresh()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.RefreshTokenReuse = RefreshTokenReuse.SingleUse);
        var (provider, _) = await SignedInAsync(h);
        var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(h.Options, provider));
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(70));
        var since = h.Emulator.Clock.UtcNow;

        var drives = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.Me.Drive.GetAsync()));

        Assert.All(drives, d => Assert.Equal(h.Emulator.Drive.DriveId, d!.Id));
        Assert.Equal(1, provider.RefreshCount);
        Assert.Equal(1, TokenPosts(h, since));
    }

    [Fact]
    public async Task RotatedRefreshTokenIsSavedSoSingleUseTokensKeepWorking()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.RefreshTokenReuse = RefreshTokenReuse.SingleUse);
        var (provider, first) = await SignedInAsync(h);
        var uri = new Uri(h.Options.GraphBaseUrl + "/me/drive");

        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(70));
        await provider.GetAuthorizationTokenAsync(uri);
        var second = (await h.Store.GetAsync("default"))!;
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(70));
        await provider.GetAuthorizationTokenAsync(uri);
        var third = (await h.Store.GetAsync("default"))!;

        Assert.Equal(2, provider.RefreshCount);
        Assert.Equal(3, new[] { first.RefreshToken, second.RefreshToken, third.RefreshToken }.Distinct().Count());
    }

    [Fact]
    public async Task LiveRefreshKeepsUserId()
    {
        await using var h = await RuntimeHarness.StartAsync(configure: o => o.RefreshEndpoint = RefreshEndpoint.Live);
        var (provider, _) = await SignedInAsync(h);
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(70));
        var since = h.Emulator.Clock.UtcNow;

        await provider.GetAuthorizationTokenAsync(new Uri(h.Options.GraphBaseUrl + "/me/drive"));

        var stored = (await h.Store.GetAsync("default"))!;
        Assert.False(string.IsNullOrEmpty(stored.UserId));
        Assert.Contains(h.Emulator.Requests.Snapshot(), r => r.At >= since && r.RawTarget == "/oauth20_token.srf");
    }

    [Fact]
    public async Task TokensGoToTheGraphHostOnly()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (provider, _) = await SignedInAsync(h);

        var forGraph = await provider.GetAuthorizationTokenAsync(new Uri(h.Options.GraphBaseUrl + "/me/drive"));
        var forContent = await provider.GetAuthorizationTokenAsync(new Uri(h.Emulator.ContentBaseUrl + "/download/x"));

        Assert.NotEmpty(forGraph);
        Assert.Empty(forContent);
    }

    [Fact]
    public async Task DownloadFollowsTheRedirectWithoutSendingTheToken()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (provider, _) = await SignedInAsync(h);
        var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(h.Options, provider));

        await using var content = await client.Me.Drive.Root.ItemWithPath("Notes.txt").Content.GetAsync();
        using var reader = new System.IO.StreamReader(content!);

        Assert.Equal("Remember the milk.\n", await reader.ReadToEndAsync());
        Assert.DoesNotContain(h.Emulator.Requests.Snapshot(), r => r.Host == "content" && r.HasAuthorization);
    }

    [Fact]
    public async Task NoStoredTokensMeansNotSignedIn()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var provider = h.Provider();

        var error = await Assert.ThrowsAsync<NotSignedInException>(() => provider.GetAuthorizationTokenAsync(new Uri(h.Options.GraphBaseUrl + "/me/drive")));

        Assert.Equal("default", error.Account);
    }

    [Fact]
    public void SecretsStayOutOfToString()
    {
        var tokens = new TokenSet("EwA-access-secret", "M.R3-refresh-secret", DateTimeOffset.UnixEpoch, new[] { "files.read" });

        Assert.DoesNotContain("access-secret", tokens.ToString());
        Assert.DoesNotContain("refresh-secret", tokens.ToString());
    }

    [Fact]
    public void OptionsAreValidatedWithCodes()
    {
        var options = new OneDriveOptions { ClientId = "not-a-guid", Scopes = "files.read", AuthorityHost = "http://login.example.com", RedirectUri = "http://example.com/cb" };

        var problems = options.Validate();

        Assert.Contains(problems, p => p.StartsWith("ODG3001", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ODG3002: OneDrive:AuthorityHost", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ODG3003", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ODG3005", StringComparison.Ordinal));
        Assert.Empty(new OneDriveOptions { ClientId = Guid.NewGuid().ToString() }.Validate());
    }

    [Fact]
    public async Task ThrottlingIsRetriedAfterRetryAfter()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.Faults.Add(OneDriveGen.Emulator.Faults.FaultRule.Throttle("/v1.0/me/drive", retryAfterSeconds: 1)));
        var (provider, _) = await SignedInAsync(h);
        var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(h.Options, provider));

        var drive = await client.Me.Drive.GetAsync();

        Assert.NotNull(drive);
        var calls = h.Emulator.Requests.Snapshot().Where(r => r.RawTarget == "/v1.0/me/drive").ToList();
        Assert.Equal(new[] { 429, 200 }, calls.Select(c => c.Status));
        Assert.Equal("1", calls[1].Headers["Retry-Attempt"]);
    }

    [Fact]
    public async Task GraphErrorsAreTypedWithCodeMessageAndRequestId()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (provider, tokens) = await SignedInAsync(h);
        var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(h.Options, provider));

        var error = await Assert.ThrowsAsync<OneDriveGen.Runtime.Tests.OneDrive.Models.ODataError>(() => client.Me.Drive.Items["NOPE!1"].GetAsync());

        Assert.Equal("itemNotFound", error.Error!.Code);
        Assert.Equal(404, error.ResponseStatusCode);
        Assert.False(string.IsNullOrEmpty(error.Error.InnerError!.RequestId));
        Assert.Equal(error.Error.Message, error.Message);
        Assert.DoesNotContain(tokens.AccessToken, error.ToString());
    }
}
