using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Tokens;
using OneDriveGen.Web.OneDrive;

namespace OneDriveGen.Web.Connections;

/// <summary>
/// One OneDrive connection per app user: a token provider keyed by the user (so refreshes are single-flight per
/// user on this node, and tokens live in the shared store under the user's key) and the Graph client over it.
/// </summary>
internal sealed class ConnectionRegistry(OneDriveSignIn signIn, ITokenStore store, IOptions<OneDriveOptions> options, IRefreshLock? refreshLock = null)
{
    private readonly ConcurrentDictionary<string, Connection> _connections = new(System.StringComparer.Ordinal);

    /// <summary>The connection of <paramref name="appUser"/> (made on first use; it may hold no tokens yet).</summary>
    public Connection For(string appUser) => _connections.GetOrAdd(appUser, user =>
    {
        var provider = new OneDriveTokenProvider(signIn, store, options.Value, account: Account(user), refreshLock: refreshLock);
        var adapter = OneDriveClientFactory.CreateAdapter(options.Value, provider);
        return new Connection(provider, adapter, new OneDriveClient(adapter));
    });

    /// <summary>Whether the user has tokens in the store.</summary>
    public async Task<bool> IsConnectedAsync(string appUser, CancellationToken cancellationToken) =>
        await store.GetAsync(Account(appUser), cancellationToken) is not null;

    /// <summary>Stores freshly redeemed tokens for the user.</summary>
    public Task ConnectedAsync(string appUser, TokenSet tokens, CancellationToken cancellationToken) =>
        For(appUser).Tokens.SignedInAsync(tokens, cancellationToken);

    /// <summary>Forgets the user's tokens, here and in the shared store.</summary>
    public async Task DisconnectAsync(string appUser, CancellationToken cancellationToken)
    {
        await store.RemoveAsync(Account(appUser), cancellationToken);
        _connections.TryRemove(appUser, out _);
    }

    private static string Account(string appUser) => "user:" + appUser;
}

/// <summary>An app user's OneDrive: the token provider and the generated client on it.</summary>
internal sealed record Connection(OneDriveTokenProvider Tokens, IRequestAdapter Adapter, OneDriveClient Client);
