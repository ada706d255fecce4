using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Kiota.Abstractions.Authentication;
using OneDriveGen.Runtime.Http;

namespace OneDriveGen.Azure;

/// <summary>
/// A Kiota token provider on an Azure.Identity <see cref="TokenCredential"/>: the token is kept until shortly
/// before it expires (or until the credential's RefreshOn), fetched by one caller at a time however many requests
/// race, and handed to the Graph origin only.
/// </summary>
public sealed class TokenCredentialTokenProvider : IAccessTokenProvider
{
    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _context;
    private readonly TimeProvider _time;
    private readonly GraphOriginTokenProvider _guard;
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, swapped whole: an AccessToken struct read while another thread writes it could tear.
    private Cached? _cached;

    /// <summary>Tokens from <paramref name="credential"/> for <paramref name="scopes"/>.</summary>
    /// <param name="credential">Any TokenCredential, such as DefaultAzureCredential or InteractiveBrowserCredential.</param>
    /// <param name="scopes">The scopes; the Graph origin's <c>/.default</c> when null.</param>
    /// <param name="graphBaseUrl">The Graph base URL (a national cloud, or an emulator).</param>
    /// <param name="time">The clock (tests).</param>
    public TokenCredentialTokenProvider(TokenCredential credential, IEnumerable<string>? scopes = null, string graphBaseUrl = OneDriveClientFactory.DefaultGraphBaseUrl, TimeProvider? time = null)
    {
        _credential = credential ?? throw new ArgumentNullException(nameof(credential));
        _guard = new GraphOriginTokenProvider(GetTokenAsync, graphBaseUrl);
        var requested = scopes?.ToArray() ?? new[] { new Uri(graphBaseUrl).GetLeftPart(UriPartial.Authority) + "/.default" };
        _context = new TokenRequestContext(requested);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>How long before expiry a token is fetched again.</summary>
    public static TimeSpan RefreshSkew { get; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public AllowedHostsValidator AllowedHostsValidator => _guard.AllowedHostsValidator;

    /// <inheritdoc />
    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        _guard.GetAuthorizationTokenAsync(uri, additionalAuthenticationContext, cancellationToken);

    private async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref _cached)) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(Volatile.Read(ref _cached)) is { } fetched)
            {
                return fetched;
            }

            var acquired = await _credential.GetTokenAsync(_context, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _cached, new Cached(acquired));
            return acquired.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Fresh(Cached? cached)
    {
        if (cached is not { Token: var value })
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var renewAt = value.RefreshOn ?? value.ExpiresOn - RefreshSkew;
        return now < renewAt && now < value.ExpiresOn ? value.Token : null;
    }

    private sealed record Cached(AccessToken Token);
}
