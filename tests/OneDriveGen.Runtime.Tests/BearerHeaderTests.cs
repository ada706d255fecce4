using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OneDriveGen.Runtime.Http;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>The bearer provider behaves as Kiota's, and builds each token's header value once.</summary>
public class BearerHeaderTests
{
    private static readonly Uri Graph = new("https://graph.microsoft.com/v1.0/me/drive");

    [Fact]
    public async Task AddsTheTokenAndReusesOneHeaderValuePerToken()
    {
        var tokens = new SwitchableToken("first");
        var provider = new BearerHeaderAuthenticationProvider(tokens);

        var one = await AuthenticatedAsync(provider);
        var two = await AuthenticatedAsync(provider);
        tokens.Token = "second";
        var three = await AuthenticatedAsync(provider);

        Assert.Equal("Bearer first", one);
        Assert.Same(one, two);
        Assert.Equal("Bearer second", three);
    }

    [Fact]
    public async Task ReplacesWhateverHeaderARequestCarriesWithTheTokenForItsOwnOrigin()
    {
        var provider = new BearerHeaderAuthenticationProvider(new GraphOriginTokenProvider(_ => Task.FromResult("fresh"), "https://graph.microsoft.com/v1.0"));
        var stale = Request();
        stale.Headers.Add("Authorization", "Bearer stale");
        var foreign = new RequestInformation { HttpMethod = Method.GET, URI = new Uri("https://attacker.example/v1.0/me/drive/root/children?$skiptoken=2") };
        foreign.Headers.Add("Authorization", "Bearer copied-from-page-one");

        await provider.AuthenticateRequestAsync(stale);
        await provider.AuthenticateRequestAsync(foreign);

        Assert.Equal("Bearer fresh", stale.Headers["Authorization"].Single());
        Assert.False(foreign.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task GivesNoTokenWhereTheProvidersAllowedHostsSayNo()
    {
        var tokens = new SwitchableToken("token");
        tokens.AllowedHostsValidator.AllowedHosts = new[] { "graph.microsoft.com" };
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri("https://download.example/file") };

        await new BearerHeaderAuthenticationProvider(tokens).AuthenticateRequestAsync(request);

        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task AddsNothingWhenTheProviderGivesNoToken()
    {
        var request = Request();

        await new BearerHeaderAuthenticationProvider(new SwitchableToken(string.Empty)).AuthenticateRequestAsync(request);

        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    private static RequestInformation Request() => new() { HttpMethod = Method.GET, URI = Graph };

    private static async Task<string> AuthenticatedAsync(BearerHeaderAuthenticationProvider provider)
    {
        var request = Request();
        await provider.AuthenticateRequestAsync(request);
        return request.Headers["Authorization"].Single();
    }

    private sealed class SwitchableToken(string token) : IAccessTokenProvider
    {
        public string Token { get; set; } = token;

        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(Token);
    }
}
