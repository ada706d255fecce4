using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Azure;
using OneDriveGen.Emulator.Identity;
using OneDriveGen.IdentityWeb;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The adapter built from a token the app already has (a delegate, Microsoft.Identity.Web's ITokenAcquisition,
/// an Azure.Identity TokenCredential): calls reach the emulator with the token, and no other origin ever gets it.
/// </summary>
public sealed class BringYourOwnTokenTests
{
    [Fact]
    public async Task A_delegate_is_one_line_and_its_token_goes_to_the_Graph_origin_only()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (token, _) = h.Emulator.IssueTokens(AppRegistration.TestPublicClient.ClientId);
        var calls = 0;

        var adapter = OneDriveClientFactory.CreateAdapter(_ => { Interlocked.Increment(ref calls); return Task.FromResult(token); }, h.Emulator.GraphBaseUrl);
        var children = await new OneDriveClient(adapter).Me.Drive.Root.Children.GetAsync();
        await SendToContentHostAsync(adapter, h);

        Assert.Equal(4, children!.Value!.Count);
        Assert.Equal(1, calls); // asked for the Graph request only
        Assert.Contains(h.Emulator.Requests.Snapshot(), r => r.RawTarget == "/v1.0/me/drive/root/children" && r.HasAuthorization);
        Assert.Contains(h.Emulator.Requests.Snapshot(), r => r.RawTarget.StartsWith("/odg-foreign", StringComparison.Ordinal) && !r.HasAuthorization);
        Assert.DoesNotContain(h.Emulator.Requests.Snapshot(), r => r.RawTarget.StartsWith("/odg-foreign", StringComparison.Ordinal) && r.HasAuthorization);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/v1.0/me/drive")]      // same host, another port
    [InlineData("https://127.0.0.1/v1.0/me/drive")]       // another scheme
    [InlineData("http://graph.example/v1.0/me/drive")]    // another host
    public async Task No_token_for_another_origin_whatever_the_wrapped_provider_would_give(string url)
    {
        var guard = new GraphOriginTokenProvider(_ => Task.FromResult("secret-token"), "http://127.0.0.1:5000/v1.0");

        Assert.Equal(string.Empty, await guard.GetAuthorizationTokenAsync(new Uri(url)));
        Assert.Equal("secret-token", await guard.GetAuthorizationTokenAsync(new Uri("http://127.0.0.1:5000/v1.0/me/drive")));
    }

    [Fact]
    public async Task Identity_Web_token_acquisition_serves_each_scope_of_a_web_app()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (token, _) = h.Emulator.IssueTokens(AppRegistration.TestPublicClient.ClientId);
        var acquisition = new RecordingTokenAcquisition(token);
        await using var services = new ServiceCollection()
            .AddSingleton<ITokenAcquisition>(acquisition)
            .AddOneDriveWithTokenAcquisition(["Files.Read"], h.Emulator.GraphBaseUrl)
            .AddScoped<OneDriveClient>()
            .BuildServiceProvider();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await using var scope = services.CreateAsyncScope();
            var drive = await scope.ServiceProvider.GetRequiredService<OneDriveClient>().Me.Drive.GetAsync();
            Assert.NotNull(drive?.Id);
            await SendToContentHostAsync(scope.ServiceProvider.GetRequiredService<IRequestAdapter>(), h);
        }

        Assert.Equal(new[] { "Files.Read", "Files.Read" }, acquisition.Requested.Select(s => string.Join(' ', s)));
        Assert.Equal(2, h.Emulator.Requests.Snapshot().Count(r => r.RawTarget.StartsWith("/odg-foreign", StringComparison.Ordinal)));
        Assert.DoesNotContain(h.Emulator.Requests.Snapshot(), r => r.RawTarget.StartsWith("/odg-foreign", StringComparison.Ordinal) && r.HasAuthorization);
    }

    [Fact]
    public async Task Identity_Web_is_asked_with_the_app_s_authentication_scheme()
    {
        var acquisition = new RecordingTokenAcquisition("token");
        var provider = OneDriveTokenAcquisition.CreateTokenProvider(acquisition, ["Files.Read"], "https://graph.microsoft.com/v1.0", authenticationScheme: "OpenIdConnect-Contoso");

        var token = await provider.GetAuthorizationTokenAsync(new Uri("https://graph.microsoft.com/v1.0/me/drive"));

        Assert.Equal("token", token);
        Assert.Equal(("OpenIdConnect-Contoso", (string?)null), Assert.Single(acquisition.Calls));
    }

    [Fact]
    public async Task An_Azure_TokenCredential_is_asked_once_until_the_token_nears_expiry()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var credential = new EmulatorCredential(h);
        var provider = new TokenCredentialTokenProvider(credential, graphBaseUrl: h.Emulator.GraphBaseUrl, time: h.Time);
        var client = new OneDriveClient(OneDriveClientFactory.CreateAdapter(provider, h.Emulator.GraphBaseUrl));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.Me.Drive.Root.Children.GetAsync()));
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(56)); // within RefreshSkew of the hour-long token
        var after = await client.Me.Drive.Root.Children.GetAsync();

        Assert.Equal(4, after!.Value!.Count);
        Assert.Equal(2, credential.Calls);
        Assert.Equal(new[] { new Uri(h.Emulator.GraphBaseUrl).GetLeftPart(UriPartial.Authority) + "/.default" }, credential.Scopes);
    }

    [Fact]
    public async Task The_Azure_one_liner_lists_the_drive()
    {
        await using var h = await RuntimeHarness.StartAsync();

        var client = new OneDriveClient(OneDriveAzure.CreateAdapter(new EmulatorCredential(h), ["Files.ReadWrite.All"], h.Emulator.GraphBaseUrl));

        Assert.Equal(4, (await client.Me.Drive.Root.Children.GetAsync())!.Value!.Count);
    }

    // A request the adapter sends to the emulator's content host: another origin than Graph's.
    private static async Task SendToContentHostAsync(IRequestAdapter adapter, RuntimeHarness h)
    {
        var request = new RequestInformation { HttpMethod = Method.GET };
        request.PathParameters["request-raw-url"] = h.Emulator.ContentBaseUrl + "/odg-foreign/probe";
        await Assert.ThrowsAnyAsync<Exception>(() => adapter.SendNoContentAsync(request));
    }

    /// <summary>Azure.Identity's contract, answered with tokens the emulator issues.</summary>
    private sealed class EmulatorCredential(RuntimeHarness h) : TokenCredential
    {
        private int _calls;

        public int Calls => _calls;

        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            Scopes = requestContext.Scopes;
            var (token, _) = h.Emulator.IssueTokens(AppRegistration.TestPublicClient.ClientId);
            return ValueTask.FromResult(new AccessToken(token, h.Emulator.Clock.UtcNow.AddHours(1)));
        }
    }
}
