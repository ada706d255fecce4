using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// Bearer authentication for the Kiota adapter, the one place a token is attached: for every request, whatever
/// headers it already carries (a next page built from the first, a caller's own header), the Authorization header is
/// the current token for that request's own URL, or none when the provider gives none (another origin: a nextLink
/// to another host, a download, upload or monitor URL) or its allowed hosts exclude the URL. Unlike Kiota's
/// <see cref="BaseBearerTokenAuthenticationProvider"/>, an existing header is never kept, so a stale or misdirected
/// token cannot ride along. The <c>Bearer …</c> value is built once per token rather than once per request: a
/// Microsoft access token is 1–2 KB of text.
/// </summary>
public sealed class BearerHeaderAuthenticationProvider : IAuthenticationProvider
{
    private const string AuthorizationHeader = "Authorization";

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
        request.Headers.Remove(AuthorizationHeader);
        var uri = request.URI;
        if (!AccessTokenProvider.AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return;
        }

        var token = await AccessTokenProvider.GetAuthorizationTokenAsync(uri, additionalAuthenticationContext, cancellationToken).ConfigureAwait(false);
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
