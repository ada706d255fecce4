using System;
using System.Collections.Generic;

namespace OneDriveGen.Emulator.Identity;

/// <summary>An issued authorization code, waiting to be redeemed once.</summary>
internal sealed record AuthorizationCode(
    string ClientId,
    string Tenant,
    string RedirectUri,
    IReadOnlyList<string> Scopes,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    DateTimeOffset ExpiresAt,
    string? Nonce = null)
{
    public bool Redeemed { get; set; }
}

/// <summary>An issued access token: who it is for and until when.</summary>
internal sealed record AccessGrant(string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);

/// <summary>An issued refresh token.</summary>
internal sealed record RefreshGrant(string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt)
{
    public bool Revoked { get; set; }
}
