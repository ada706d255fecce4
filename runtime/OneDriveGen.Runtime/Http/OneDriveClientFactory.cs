using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Json;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// Builds the Kiota request adapter your generated client runs on (<c>new OneDriveClient(adapter)</c>): Kiota's
/// HttpClient pipeline (<see cref="OneDriveMiddleware"/>: retry with Retry-After, redirects that drop Authorization
/// on another host), bearer tokens for the Graph origin only, and its own JSON registries so nothing else in the
/// process (a GraphServiceClient, say) changes how it parses. The runtime's helpers (<see cref="Drive.Pager"/>,
/// <see cref="Drive.Delta"/>, the transfers) take the same adapter.
/// </summary>
public static class OneDriveClientFactory
{
    /// <summary>Microsoft Graph's v1.0 base URL.</summary>
    public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// The adapter for an app that already has tokens: <c>CreateAdapter(ct => GetMyTokenAsync(ct))</c>. The delegate is
    /// called for each Graph request (cache in it) and never for another host.
    /// </summary>
    /// <param name="getAccessToken">Returns a valid access token for Graph.</param>
    /// <param name="graphBaseUrl">The Graph base URL (a national cloud, or an emulator).</param>
    /// <param name="transport">The innermost handler; a new SocketsHttpHandler when null.</param>
    public static HttpClientRequestAdapter CreateAdapter(Func<CancellationToken, Task<string>> getAccessToken, string graphBaseUrl = DefaultGraphBaseUrl, HttpMessageHandler? transport = null) =>
        CreateAdapter(new GraphOriginTokenProvider(getAccessToken, graphBaseUrl), graphBaseUrl, transport);

    /// <summary>
    /// The adapter on any Kiota <see cref="IAccessTokenProvider"/> (such as OneDriveGen.IdentityWeb's or
    /// OneDriveGen.Azure's), which is asked only for requests on the Graph origin.
    /// </summary>
    /// <param name="accessTokenProvider">Gives the token for a Graph request.</param>
    /// <param name="graphBaseUrl">The Graph base URL (a national cloud, or an emulator).</param>
    /// <param name="transport">The innermost handler; a new SocketsHttpHandler when null.</param>
    public static HttpClientRequestAdapter CreateAdapter(IAccessTokenProvider accessTokenProvider, string graphBaseUrl = DefaultGraphBaseUrl, HttpMessageHandler? transport = null) =>
        CreateAdapter(accessTokenProvider, CreateHttpClient(transport), graphBaseUrl);

    /// <summary>
    /// The adapter on an HttpClient you keep (one per app, as <see cref="CreateHttpClient"/> makes it), for adapters
    /// made per request or per user, such as a web app's.
    /// </summary>
    /// <param name="accessTokenProvider">Gives the token for a Graph request; asked for no other origin.</param>
    /// <param name="http">The client whose handlers send the requests; not disposed with the adapter.</param>
    /// <param name="graphBaseUrl">The Graph base URL (a national cloud, or an emulator).</param>
    public static HttpClientRequestAdapter CreateAdapter(IAccessTokenProvider accessTokenProvider, HttpClient http, string graphBaseUrl = DefaultGraphBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(accessTokenProvider);
        ArgumentNullException.ThrowIfNull(http);
        var guarded = accessTokenProvider as GraphOriginTokenProvider ?? new GraphOriginTokenProvider(accessTokenProvider, graphBaseUrl);
        return Adapter(guarded, http, graphBaseUrl);
    }

    /// <summary>An HttpClient with <see cref="OneDriveMiddleware"/>'s pipeline and User-Agent; share one per app.</summary>
    /// <param name="transport">The innermost handler; a new SocketsHttpHandler when null.</param>
    public static HttpClient CreateHttpClient(HttpMessageHandler? transport = null) => HttpClientWith(transport, outermost: null);

    /// <summary>
    /// The adapter of an app that signs users in with OneDriveGen (<see cref="OneDriveSignIn"/>): its tokens, refreshed
    /// ahead of expiry and after a 401.
    /// </summary>
    /// <param name="options">The configuration.</param>
    /// <param name="tokens">The token provider of the signed-in account.</param>
    /// <param name="transport">The innermost handler; a new SocketsHttpHandler when null.</param>
    public static HttpClientRequestAdapter CreateAdapter(OneDriveOptions options, OneDriveTokenProvider tokens, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        return CreateAdapter(HttpClientWith(transport, new RefreshOnUnauthorizedHandler(tokens)), tokens, options);
    }

    /// <summary>
    /// The adapter on an HttpClient whose pipeline is already built, as IHttpClientFactory builds it (the pipeline
    /// should hold <see cref="RefreshOnUnauthorizedHandler"/> and <see cref="OneDriveMiddleware"/>'s handlers, as <see cref="CreateAdapter(OneDriveOptions, OneDriveTokenProvider, HttpMessageHandler?)"/>'s does).
    /// </summary>
    /// <param name="http">The client whose handlers send the requests.</param>
    /// <param name="tokens">The token provider of the signed-in account.</param>
    /// <param name="options">The configuration; its GraphBaseUrl is the adapter's base URL.</param>
    public static HttpClientRequestAdapter CreateAdapter(HttpClient http, OneDriveTokenProvider tokens, OneDriveOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        return Adapter(tokens, http, options.GraphBaseUrl);
    }

    // Every adapter: the one place a token is attached, its own JSON registries, the Graph base URL.
    private static HttpClientRequestAdapter Adapter(IAccessTokenProvider tokens, HttpClient http, string graphBaseUrl) =>
        new(new BearerHeaderAuthenticationProvider(tokens), new JsonParseNodeFactory(), new JsonSerializationWriterFactory(), http)
        {
            BaseUrl = graphBaseUrl.TrimEnd('/'),
        };

    // OneDriveMiddleware's pipeline over the transport, behind an optional outermost handler (refresh-on-401).
    private static HttpClient HttpClientWith(HttpMessageHandler? transport, DelegatingHandler? outermost)
    {
        var handlers = new List<DelegatingHandler>();
        if (outermost is not null)
        {
            handlers.Add(outermost);
        }

        handlers.AddRange(OneDriveMiddleware.CreateHandlers());
        var pipeline = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(transport ?? new SocketsHttpHandler { AllowAutoRedirect = false }, handlers.ToArray())!;
        var http = new HttpClient(pipeline);
        OneDriveMiddleware.AddUserAgent(http);
        return http;
    }
}
