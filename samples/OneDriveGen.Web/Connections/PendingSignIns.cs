using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using OneDriveGen.Runtime.Auth;

namespace OneDriveGen.Web.Connections;

/// <summary>
/// Sign-ins in flight, keyed by their state and bound to the app user who started them: the callback accepts a
/// state only once, only for that user, and only within ten minutes (the code's own lifetime). Kept in the shared
/// cache, protected, so the callback may land on another node than the one that sent the user away.
/// </summary>
internal sealed class PendingSignIns(IDistributedCache cache, IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly IDataProtector _protector = protection.CreateProtector("OneDriveGen.Web.PendingSignIns");

    public async Task SaveAsync(string appUser, AuthorizationSession session, CancellationToken cancellationToken)
    {
        var record = new Pending(appUser, session.AuthorizationUri.ToString(), session.State, session.Pkce.Verifier, session.RedirectUri);
        var bytes = _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(record));
        await cache.SetAsync(Key(session.State), bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);
    }

    /// <summary>The session <paramref name="state"/> names, removed so it cannot be replayed; null when it is not the user's.</summary>
    public async Task<AuthorizationSession?> TakeAsync(string appUser, string? state, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state) || state.Length > 200)
        {
            return null;
        }

        var bytes = await cache.GetAsync(Key(state), cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        await cache.RemoveAsync(Key(state), cancellationToken);
        Pending? record;
        try
        {
            record = JsonSerializer.Deserialize<Pending>(_protector.Unprotect(bytes));
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null;
        }

        return record is not null && string.Equals(record.AppUser, appUser, StringComparison.Ordinal)
            ? AuthorizationSession.Restore(new Uri(record.AuthorizationUri), record.State, record.Verifier, record.RedirectUri)
            : null;
    }

    private static string Key(string state) => "onedrive-web:signin:" + state;

    private sealed record Pending(string AppUser, string AuthorizationUri, string State, string Verifier, string RedirectUri);
}
