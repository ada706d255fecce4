using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Generated;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// Hands a token you already have (from a delegate or any Kiota <see cref="IAccessTokenProvider"/>: Microsoft.Identity.Web,
/// Azure.Identity, your own cache) to requests on the Graph origin only (scheme, host and port), and no token to any
/// other URL, whatever the wrapped provider would do: download, upload and monitor URLs, and any link the service
/// returns, never see it.
/// </summary>
public sealed class GraphOriginTokenProvider : IAccessTokenProvider
{
    private readonly Func<Uri, Dictionary<string, object>?, CancellationToken, Task<string>> _getToken;
    private readonly GraphOrigin _graph;

    /// <summary>Tokens from <paramref name="getAccessToken"/> (called per request: cache in it), for <paramref name="graphBaseUrl"/>'s origin.</summary>
    /// <exception cref="ArgumentException"><paramref name="graphBaseUrl"/> is not an absolute https URL (http only for loopback).</exception>
    /// <param name="getAccessToken">Returns the token; called per Graph request.</param>
    /// <param name="graphBaseUrl">The Graph base URL, whose origin gets the token.</param>
    /// <param name="trustedOrigins">Other origins the user trusts with the token, such as https://proxy.contoso.com:8443.</param>
    public GraphOriginTokenProvider(Func<CancellationToken, Task<string>> getAccessToken, string graphBaseUrl = OneDriveClientFactory.DefaultGraphBaseUrl, IEnumerable<string>? trustedOrigins = null)
        : this(FromDelegate(getAccessToken), graphBaseUrl, trustedOrigins)
    {
    }

    /// <summary>Tokens from <paramref name="inner"/>, for <paramref name="graphBaseUrl"/>'s origin.</summary>
    /// <exception cref="ArgumentException"><paramref name="graphBaseUrl"/> is not an absolute https URL (http only for loopback).</exception>
    /// <param name="inner">The provider to ask for Graph requests.</param>
    /// <param name="graphBaseUrl">The Graph base URL, whose origin gets the token.</param>
    /// <param name="trustedOrigins">Other origins the user trusts with the token.</param>
    public GraphOriginTokenProvider(IAccessTokenProvider inner, string graphBaseUrl = OneDriveClientFactory.DefaultGraphBaseUrl, IEnumerable<string>? trustedOrigins = null)
        : this((inner ?? throw new ArgumentNullException(nameof(inner))).GetAuthorizationTokenAsync, graphBaseUrl, trustedOrigins)
    {
    }

    private GraphOriginTokenProvider(Func<Uri, Dictionary<string, object>?, CancellationToken, Task<string>> getToken, string graphBaseUrl, IEnumerable<string>? trustedOrigins)
    {
        _getToken = getToken;
        _graph = new GraphOrigin(new Uri(AuthUrl.RequireBaseUrl(graphBaseUrl, nameof(graphBaseUrl))), trustedOrigins);
        AllowedHostsValidator = new AllowedHostsValidator(_graph.Hosts);
    }

    /// <inheritdoc />
    public AllowedHostsValidator AllowedHostsValidator { get; }

    /// <summary>Whether <paramref name="uri"/> is on the Graph origin (or a trusted one): the same scheme, host and port.</summary>
    public bool IsGraphOrigin(Uri uri) => _graph.Contains(uri);

    /// <inheritdoc />
    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        IsGraphOrigin(uri) ? _getToken(uri, additionalAuthenticationContext, cancellationToken) : NoToken;

    private static readonly Task<string> NoToken = Task.FromResult(string.Empty);

    private static Func<Uri, Dictionary<string, object>?, CancellationToken, Task<string>> FromDelegate(Func<CancellationToken, Task<string>> getAccessToken)
    {
        ArgumentNullException.ThrowIfNull(getAccessToken);
        return (_, _, cancellationToken) => getAccessToken(cancellationToken);
    }
}
