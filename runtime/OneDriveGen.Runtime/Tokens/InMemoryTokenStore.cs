using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>Tokens kept in this process only: for tests, and for apps that sign in on every start.</summary>
public sealed class InMemoryTokenStore : ITokenStore
{
    private readonly ConcurrentDictionary<string, TokenSet> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<TokenSet?> GetAsync(string account, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_tokens.TryGetValue(account, out var tokens) ? tokens : null);

    /// <inheritdoc />
    public ValueTask SetAsync(string account, TokenSet tokens, CancellationToken cancellationToken = default)
    {
        _tokens[account] = tokens ?? throw new ArgumentNullException(nameof(tokens));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string account, CancellationToken cancellationToken = default)
    {
        _tokens.TryRemove(account, out _);
        return ValueTask.CompletedTask;
    }
}
