using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Json;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.OneDrive;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// Builds the generated <see cref="OneDriveClient"/> on Kiota's HttpClient pipeline (<see cref="OneDriveMiddleware"/>:
/// retry with Retry-After, redirects that drop Authorization on another host) plus refresh-on-401, with its own JSON registries so nothing
/// else in the process (a GraphServiceClient, say) changes how it parses.
/// </summary>
public static class OneDriveClientFactory
{
    /// <summary>Creates the client for the configured Graph base URL.</summary>
    /// <param name="options">The configuration.</param>
    /// <param name="tokens">The token provider of the signed-in account.</param>
    /// <param name="transport">The innermost handler; a new SocketsHttpHandler when null.</param>
    public static OneDriveClient Create(OneDriveOptions options, OneDriveTokenProvider tokens, HttpMessageHandler? transport = null) =>
        new(CreateAdapter(options, tokens, transport));

    /// <summary>
    /// The request adapter alone, for what takes one (such as <see cref="Drive.Pager"/> and <see cref="Drive.Delta"/>);
    /// build the client on it with <c>new OneDriveClient(adapter)</c>.
    /// </summary>
    /// <param name="options">The configuration.</param>
    /// <param name="tokens">The token provider of the signed-in account.</param>
    /// <param name="transport">The innermost handler; a new SocketsHttpHandler when null.</param>
    public static HttpClientRequestAdapter CreateAdapter(OneDriveOptions options, OneDriveTokenProvider tokens, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        var handlers = new List<DelegatingHandler> { new RefreshOnUnauthorizedHandler(tokens) };
        handlers.AddRange(OneDriveMiddleware.CreateHandlers());
        var pipeline = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(transport ?? new SocketsHttpHandler { AllowAutoRedirect = false }, handlers.ToArray())!;
        var http = new HttpClient(pipeline);
        OneDriveMiddleware.AddUserAgent(http);
        return CreateAdapter(http, tokens, options);
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
        return new(new BearerHeaderAuthenticationProvider(tokens), new JsonParseNodeFactory(), new JsonSerializationWriterFactory(), http)
        {
            BaseUrl = options.GraphBaseUrl.TrimEnd('/'),
        };
    }
}
