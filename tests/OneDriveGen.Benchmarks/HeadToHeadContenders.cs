using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OneDriveGen.Emulator.Identity;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Benchmarks.OneDrive;
using OneDriveGen.Runtime.Tokens;
using GraphClient = Microsoft.Graph.GraphServiceClient;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The three head-to-head clients against one emulator process, each with its default pipeline and a token already
/// at hand: hand-written HttpClient (the token in its default headers), OneDriveGen's generated client
/// (<see cref="OneDriveClientFactory.Create"/>) and Microsoft.Graph 6.10.0 (<c>new GraphServiceClient(authProvider, baseUrl)</c>).
/// </summary>
internal sealed class HeadToHeadContenders : IDisposable
{
    private HeadToHeadContenders(EmulatorProcess emulator, HttpClient http, OneDriveOptions options, OneDriveTokenProvider tokens, GraphClient graph)
    {
        Emulator = emulator;
        Http = http;
        Options = options;
        Tokens = tokens;
        OneDriveGenAdapter = OneDriveClientFactory.CreateAdapter(options, tokens);
        OneDriveGen = new OneDriveClient(OneDriveGenAdapter);
        Graph = graph;
    }

    public EmulatorProcess Emulator { get; }

    /// <summary>The Graph base URL, ending in /v1.0.</summary>
    public string BaseUrl => Emulator.GraphBaseUrl;

    /// <summary>The hand-written contender's client, with the bearer token in its default headers.</summary>
    public HttpClient Http { get; }

    public OneDriveOptions Options { get; }

    /// <summary>OneDriveGen's token provider, signed in with a token valid for 55 minutes.</summary>
    public OneDriveTokenProvider Tokens { get; }

    /// <summary>OneDriveGen's request adapter, as <see cref="OneDriveClientFactory.Create"/> builds it.</summary>
    public IRequestAdapter OneDriveGenAdapter { get; }

    public OneDriveClient OneDriveGen { get; }

    public GraphClient Graph { get; }

    /// <summary>Starts an emulator process (see <see cref="EmulatorProcess.StartAsync"/>) and builds the three clients on it.</summary>
    public static async Task<HeadToHeadContenders> StartAsync(bool seeded, string extraEmulatorArguments = "")
    {
        var emulator = await EmulatorProcess.StartAsync(seeded, extraEmulatorArguments);
        var baseUrl = emulator.GraphBaseUrl;
        var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.AccessToken);
        var options = new OneDriveOptions { ClientId = AppRegistration.TestPublicClient.ClientId, AuthorityHost = baseUrl[..^"/v1.0".Length], GraphBaseUrl = baseUrl };
        var tokens = new OneDriveTokenProvider(new OneDriveSignIn(options, new TokenClient(new HttpClient())), new InMemoryTokenStore(), options);
        await tokens.SignedInAsync(new TokenSet(emulator.AccessToken, null, DateTimeOffset.UtcNow.AddMinutes(55), new[] { "files.readwrite.all" }));
        var graph = new GraphClient(new BaseBearerTokenAuthenticationProvider(new StaticToken(emulator.AccessToken)), baseUrl);
        return new HeadToHeadContenders(emulator, http, options, tokens, graph);
    }

    /// <summary>The <c>id</c> of what a Graph URL (relative to the base URL) returns.</summary>
    public async Task<string> IdOfAsync(string relativeUrl)
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(BaseUrl + relativeUrl));
        return document.RootElement.GetProperty("id").GetString()!;
    }

    public void Dispose()
    {
        Http.Dispose();
        Emulator.Dispose();
    }

    /// <summary>A token already at hand, for Microsoft.Graph: the comparison is of the request path.</summary>
    private sealed class StaticToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
