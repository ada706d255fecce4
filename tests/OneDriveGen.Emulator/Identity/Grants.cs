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
    string? Nonce = null,
    string Account = "")
{
    public bool Redeemed { get; set; }
}

/// <summary>An issued access token: which app, which account (by login; "" is the default one), until when.</summary>
internal sealed record AccessGrant(string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt, string Account = "")
{
    /// <summary>What the scopes allow at Graph, worked out once per token.</summary>
    public Graph.GraphAccess Access { get; } = Graph.GraphPermissions.Of(Scopes);
}

/// <summary>An issued refresh token.</summary>
internal sealed record RefreshGrant(string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt, string Account = "")
{
    public bool Revoked { get; set; }
}
