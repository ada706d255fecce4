using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// Bearer authentication for the Kiota adapter, as Kiota's <see cref="BaseBearerTokenAuthenticationProvider"/> does
/// it (an existing Authorization header is kept unless a claims challenge asks for a new token; no header when the
/// provider gives no token, such as for a host it does not trust), except that the <c>Bearer …</c> value is built
/// once per token rather than once per request: a Microsoft access token is 1–2 KB of text.
/// </summary>
public sealed class BearerHeaderAuthenticationProvider : IAuthenticationProvider
{
    private const string AuthorizationHeader = "Authorization";
    private const string ClaimsKey = "claims";

    private HeaderValue? _last;

    /// <summary>Authenticates requests with the tokens of <paramref name="accessTokenProvider"/>.</summary>
    /// <param name="accessTokenProvider">Gives the token for a request's URL.</param>
    public BearerHeaderAuthenticationProvider(IAccessTokenProvider accessTokenProvider) =>
        AccessTokenProvider = accessTokenProvider ?? throw new ArgumentNullException(nameof(accessTokenProvider));

    /// <summary>Where the tokens come from.</summary>
    public IAccessTokenProvider AccessTokenProvider { get; }

    /// <inheritdoc/>
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (additionalAuthenticationContext is not null && additionalAuthenticationContext.ContainsKey(ClaimsKey))
        {
            request.Headers.Remove(AuthorizationHeader);
        }

        if (request.Headers.ContainsKey(AuthorizationHeader))
        {
            return;
        }

        var token = await AccessTokenProvider.GetAuthorizationTokenAsync(request.URI, additionalAuthenticationContext, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token))
        {
            return;
        }

        var last = Volatile.Read(ref _last);
        if (last is null || !string.Equals(last.Token, token, StringComparison.Ordinal))
        {
            last = new HeaderValue(token, "Bearer " + token);
            Volatile.Write(ref _last, last);
        }

        request.Headers.Add(AuthorizationHeader, last.Header);
    }

    private sealed record HeaderValue(string Token, string Header);
}
