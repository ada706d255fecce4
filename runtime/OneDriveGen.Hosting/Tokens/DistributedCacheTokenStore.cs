using System;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using OneDriveGen.Runtime.Auth;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>
/// Tokens in an <see cref="IDistributedCache"/> (Redis, SQL Server…) for web farms: one entry per account, its
/// content protected with Data Protection (share the key ring between the farm's nodes). Refreshes racing between
/// nodes are reconciled by <see cref="OneDriveTokenProvider"/>, which re-reads the store when a refresh token was
/// already used by another node.
/// </summary>
public sealed class DistributedCacheTokenStore : ITokenStore
{
    private const string Purpose = "OneDriveGen.TokenCache.v1";
    private readonly IDistributedCache _cache;
    private readonly IDataProtector _protector;
    private readonly string _prefix;

    /// <summary>Creates the store; entries are keyed <paramref name="keyPrefix"/> + account.</summary>
    public DistributedCacheTokenStore(IDistributedCache cache, IDataProtectionProvider protection, string keyPrefix = "onedrivegen:tokens:")
    {
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        ArgumentNullException.ThrowIfNull(protection);
        _protector = protection.CreateProtector(Purpose);
        _prefix = keyPrefix ?? throw new ArgumentNullException(nameof(keyPrefix));
    }

    /// <inheritdoc />
    public async ValueTask<TokenSet?> GetAsync(string account, CancellationToken cancellationToken = default)
    {
        var bytes = await _cache.GetAsync(_prefix + account, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(_protector.Unprotect(bytes));
            return TokenSetJson.Read(document.RootElement);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"The cached tokens of account '{account}' cannot be decrypted: the nodes must share one Data Protection key ring.", ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string account, TokenSet tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TokenSetJson.Write(writer, tokens);
        }

        // Refresh tokens live 90 days; an entry unused that long is of no use.
        var options = new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromDays(90) };
        await _cache.SetAsync(_prefix + account, _protector.Protect(buffer.ToArray()), options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask RemoveAsync(string account, CancellationToken cancellationToken = default) =>
        await _cache.RemoveAsync(_prefix + account, cancellationToken).ConfigureAwait(false);
}
