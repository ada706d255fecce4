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
    public async Task KeepsAnExistingHeaderUnlessAClaimsChallengeAsksForANewToken()
    {
        var provider = new BearerHeaderAuthenticationProvider(new SwitchableToken("fresh"));
        var kept = Request();
        kept.Headers.Add("Authorization", "Bearer caller");
        var challenged = Request();
        challenged.Headers.Add("Authorization", "Bearer stale");

        await provider.AuthenticateRequestAsync(kept);
        await provider.AuthenticateRequestAsync(challenged, new Dictionary<string, object> { ["claims"] = "{\"access_token\":{}}" });

        Assert.Equal("Bearer caller", kept.Headers["Authorization"].Single());
        Assert.Equal("Bearer fresh", challenged.Headers["Authorization"].Single());
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
