using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Http;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>
/// Kiota's access token provider for one account: hands out the cached token without allocating, refreshes ahead of
/// expiry (RefreshSkew) and on demand after a 401, and runs one refresh at a time however many requests race
/// (single flight), saving the rotated refresh token before any waiter proceeds.
/// </summary>
public sealed class OneDriveTokenProvider : IAccessTokenProvider
{
    private readonly OneDriveSignIn _signIn;
    private readonly ITokenStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _skew;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger;
    private Cached? _cached;

    /// <summary>Creates the provider for <paramref name="account"/> (the key in the store).</summary>
    /// <param name="signIn">Refreshes the tokens.</param>
    /// <param name="store">Where the account's tokens live (shared by the nodes of a farm).</param>
    /// <param name="options">The OneDrive settings.</param>
    /// <param name="time">The clock (tests move it).</param>
    /// <param name="account">The key of the account's tokens in the store.</param>
    /// <param name="logger">Logs refreshes, never tokens.</param>
    /// <param name="refreshLock">A lock across the farm's nodes, so a concurrent expiry is one refresh; null in one process.</param>
    public OneDriveTokenProvider(OneDriveSignIn signIn, ITokenStore store, OneDriveOptions options, TimeProvider? time = null, string account = "default", ILogger<OneDriveTokenProvider>? logger = null, IRefreshLock? refreshLock = null)
    {
        _refreshLock = refreshLock;
        _logger = logger ?? NullLogger<OneDriveTokenProvider>.Instance;
        ArgumentNullException.ThrowIfNull(options);
        _signIn = signIn ?? throw new ArgumentNullException(nameof(signIn));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _time = time ?? TimeProvider.System;
        _skew = options.RefreshSkew;
        Account = account;
        _graph = new GraphOrigin(new Uri(options.GraphBaseUrl), options.TrustedTokenOrigins);
        AllowedHostsValidator = new AllowedHostsValidator(_graph.Hosts);
    }

    private readonly GraphOrigin _graph;

    private readonly IRefreshLock? _refreshLock;

    /// <summary>The account whose tokens this provider hands out.</summary>
    public string Account { get; }

    /// <summary>Kiota's host check; <see cref="IsGraphOrigin"/> is stricter (scheme, host and port).</summary>
    public AllowedHostsValidator AllowedHostsValidator { get; }

    /// <summary>
    /// Whether <paramref name="uri"/> is on the Graph origin (scheme, host and port): tokens go there only, never to
    /// download or upload hosts, even when those share the host name (as an emulator's ports do).
    /// </summary>
    public bool IsGraphOrigin(Uri uri) => _graph.Contains(uri);

    /// <summary>How many refreshes this provider has made (for diagnostics).</summary>
    public int RefreshCount => Volatile.Read(ref _refreshCount);

    private int _refreshCount;

    /// <summary>Stores the tokens of a completed sign-in and starts handing them out.</summary>
    public async Task SignedInAsync(TokenSet tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        await _store.SetAsync(Account, tokens, cancellationToken).ConfigureAwait(false);
        _cached = new Cached(tokens, _skew);
    }

    /// <inheritdoc />
    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!IsGraphOrigin(uri))
        {
            return Cached.Empty;
        }

        var cached = _cached;
        return cached is not null && _time.GetUtcNow().UtcTicks < cached.RefreshAtUtcTicks
            ? cached.Task
            : RefreshAsync(rejectedAccessToken: null, cancellationToken);
    }

    /// <summary>
    /// Refreshes because Graph rejected <paramref name="rejectedAccessToken"/> (401); when another request already
    /// refreshed it, returns that token without a second refresh.
    /// </summary>
    public Task<string> ForceRefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(rejectedAccessToken);
        return RefreshAsync(rejectedAccessToken, cancellationToken);
    }

    private async Task<string> RefreshAsync(string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            var current = _cached?.Tokens;
            if (current is not null && Usable(current, now, rejectedAccessToken))
            {
                // A request that waited at the gate finds the token the first one fetched.
                return current.AccessToken;
            }

            // Another process sharing the store may have refreshed already: prefer its tokens to a second refresh.
            var (stored, ready) = await ReadStoredAsync(rejectedAccessToken, cancellationToken).ConfigureAwait(false);
            if (ready is not null)
            {
                return ready;
            }

            if (_refreshLock is null)
            {
                return await RefreshStoredAsync(stored, rejectedAccessToken, farmLocked: false, cancellationToken).ConfigureAwait(false);
            }

            // Across a farm: one node refreshes; the others wait here, then find its tokens in the store.
            await using (await _refreshLock.AcquireAsync(Account, cancellationToken).ConfigureAwait(false))
            {
                (stored, ready) = await ReadStoredAsync(rejectedAccessToken, cancellationToken).ConfigureAwait(false);
                return ready ?? await RefreshStoredAsync(stored, rejectedAccessToken, farmLocked: true, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The store's tokens, and their access token when it can be used as it is (then also cached).</summary>
    private async Task<(TokenSet Stored, string? AccessToken)> ReadStoredAsync(string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        var stored = await _store.GetAsync(Account, cancellationToken).ConfigureAwait(false)
            ?? throw new NotSignedInException(Account, "the token store has no tokens for it.");
        if (!Usable(stored, _time.GetUtcNow(), rejectedAccessToken))
        {
            return (stored, null);
        }

        _cached = new Cached(stored, _skew);
        return (stored, stored.AccessToken);
    }

    /// <summary>Refreshes <paramref name="stored"/> and saves the result; call holding the gate (and the farm lock).</summary>
    private async Task<string> RefreshStoredAsync(TokenSet stored, string? rejectedAccessToken, bool farmLocked, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(stored.RefreshToken))
        {
            throw new NotSignedInException(Account, "the access token expired and there is no refresh token (was offline_access requested?).");
        }

        // Never a token in a log line: only the account, the reason and the expiry.
        _logger.LogInformation("Refreshing the access token of account {Account} ({Reason}; it expires {ExpiresAt:O})", Account, rejectedAccessToken is null ? "due to expire" : "rejected by Graph", stored.ExpiresAt);
        TokenSet refreshed;
        try
        {
            refreshed = await _signIn.RefreshAsync(stored.RefreshToken, cancellationToken).ConfigureAwait(false);
        }
        catch (IdentityException ex) when (ex.Error == "invalid_grant" && !farmLocked)
        {
            // Another process sharing the store may have used this refresh token first (single-use rotation):
            // its rotated tokens are about to land in the store. Adopt them rather than lose the sign-in. (Under
            // the farm lock no other node can be refreshing: the refusal is final, so no waiting.)
            var winner = await WaitForOtherRefreshAsync(stored.RefreshToken, rejectedAccessToken, cancellationToken).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            _logger.LogInformation("Account {Account} was refreshed by another process; using its tokens", Account);
            _cached = new Cached(winner, _skew);
            return winner.AccessToken;
        }

        refreshed = refreshed with
        {
            RefreshToken = refreshed.RefreshToken ?? stored.RefreshToken,
            UserId = refreshed.UserId ?? stored.UserId,
        };

        // Saved before any waiter proceeds: a rotated refresh token is never lost.
        await _store.SetAsync(Account, refreshed, cancellationToken).ConfigureAwait(false);
        _cached = new Cached(refreshed, _skew);
        Interlocked.Increment(ref _refreshCount);
        _logger.LogDebug("Refreshed account {Account}; the new access token expires {ExpiresAt:O}; refresh token {Rotation}", Account, refreshed.ExpiresAt, string.Equals(refreshed.RefreshToken, stored.RefreshToken, StringComparison.Ordinal) ? "unchanged" : "rotated and saved");
        return refreshed.AccessToken;
    }

    private async Task<TokenSet?> WaitForOtherRefreshAsync(string usedRefreshToken, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < OtherRefreshPolls; attempt++)
        {
            var stored = await _store.GetAsync(Account, cancellationToken).ConfigureAwait(false);
            if (stored is not null && !string.Equals(stored.RefreshToken, usedRefreshToken, StringComparison.Ordinal) && Usable(stored, _time.GetUtcNow(), rejectedAccessToken))
            {
                return stored;
            }

            await Task.Delay(OtherRefreshPollInterval, _time, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private const int OtherRefreshPolls = 25;

    private static readonly TimeSpan OtherRefreshPollInterval = TimeSpan.FromMilliseconds(200);

    private bool Usable(TokenSet tokens, DateTimeOffset now, string? rejectedAccessToken) =>
        tokens.IsFresh(now, _skew) && !string.Equals(tokens.AccessToken, rejectedAccessToken, StringComparison.Ordinal);

    /// <summary>The tokens with a completed task of the access token, so the hot path allocates nothing.</summary>
    private sealed class Cached
    {
        public static readonly Task<string> Empty = System.Threading.Tasks.Task.FromResult(string.Empty);

        public Cached(TokenSet tokens, TimeSpan skew)
        {
            Tokens = tokens;
            Task = System.Threading.Tasks.Task.FromResult(tokens.AccessToken);
            // Fresh while now + skew < ExpiresAt, kept as one number so the hot path compares two longs.
            RefreshAtUtcTicks = tokens.ExpiresAt.UtcTicks - skew.Ticks;
        }

        public TokenSet Tokens { get; }

        public long RefreshAtUtcTicks { get; }

        public Task<string> Task { get; }
    }
}
