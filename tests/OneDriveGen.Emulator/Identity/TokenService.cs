using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Identity;

/// <summary>Issues and checks codes and tokens. Token strings are opaque and distinguishable, never JWTs.</summary>
internal sealed class TokenService
{
    private readonly object _gate = new();
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessGrant> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshGrant> _refreshTokens = new(StringComparer.Ordinal);
    private readonly EmulatorOptions _options;

    public TokenService(EmulatorOptions options) => _options = options;

    private DateTimeOffset Now => _options.Clock.UtcNow;

    public string IssueCode(AuthorizationCode code)
    {
        var value = "M.C5" + Random(40);
        lock (_gate)
        {
            _codes[value] = code;
        }

        return value;
    }

    public AuthorizationCode? FindCode(string value)
    {
        lock (_gate)
        {
            return _codes.TryGetValue(value, out var code) ? code : null;
        }
    }

    /// <summary>Issues an access token and, with offline_access, a refresh token.</summary>
    public (string AccessToken, string? RefreshToken) Issue(string clientId, IReadOnlyList<string> scopes, string account = "")
    {
        var access = "EwA" + Random(60);
        string? refresh = null;
        lock (_gate)
        {
            _accessTokens[access] = new AccessGrant(clientId, scopes, Now + _options.AccessTokenLifetime, account);
            if (scopes.Any(s => string.Equals(s, "offline_access", StringComparison.OrdinalIgnoreCase)))
            {
                refresh = "M.R3_BAY." + Random(60);
                _refreshTokens[refresh] = new RefreshGrant(clientId, scopes, Now + _options.RefreshTokenLifetime, account);
            }
        }

        return (access, refresh);
    }

    public RefreshGrant? FindRefreshToken(string value)
    {
        lock (_gate)
        {
            return _refreshTokens.TryGetValue(value, out var grant) ? grant : null;
        }
    }

    /// <summary>The grant behind a bearer token, or null when unknown; expiry is the caller's check.</summary>
    public AccessGrant? FindAccessToken(string value)
    {
        lock (_gate)
        {
            return _accessTokens.TryGetValue(value, out var grant) ? grant : null;
        }
    }

    /// <summary>Revokes every token of a client, as a password change or an admin would.</summary>
    public void RevokeAll(string clientId)
    {
        lock (_gate)
        {
            foreach (var grant in _refreshTokens.Values.Where(g => g.ClientId == clientId))
            {
                grant.Revoked = true;
            }

            foreach (var key in _accessTokens.Where(p => p.Value.ClientId == clientId).Select(p => p.Key).ToList())
            {
                _accessTokens.Remove(key);
            }
        }
    }

    private static string Random(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return RandomNumberGenerator.GetString(alphabet, length);
    }
}
