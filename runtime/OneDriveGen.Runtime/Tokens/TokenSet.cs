using System;
using System.Collections.Generic;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>The tokens of one signed-in account. Secrets: ToString shows neither token.</summary>
/// <param name="AccessToken">The bearer token for Graph (opaque: never parse it).</param>
/// <param name="RefreshToken">The refresh token, when offline_access was granted.</param>
/// <param name="ExpiresAt">When the access token expires.</param>
/// <param name="Scopes">The granted scopes.</param>
/// <param name="UserId">The Live endpoint's user_id, kept when it sent one.</param>
public sealed record TokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, IReadOnlyList<string> Scopes, string? UserId = null)
{
    /// <summary>Whether the access token is still usable for at least <paramref name="skew"/> at <paramref name="now"/>.</summary>
    public bool IsFresh(DateTimeOffset now, TimeSpan skew) => now + skew < ExpiresAt;

    /// <inheritdoc />
    public override string ToString() =>
        $"TokenSet {{ AccessToken = [redacted], RefreshToken = {(RefreshToken is null ? "(none)" : "[redacted]")}, ExpiresAt = {ExpiresAt:O}, Scopes = {string.Join(" ", Scopes)}, UserId = {UserId ?? "(none)"} }}";
}
