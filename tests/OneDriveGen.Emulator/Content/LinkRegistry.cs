using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OneDriveGen.Emulator.Content;

/// <summary>
/// Pre-authenticated URLs on the content host: an unguessable token standing for what it grants, until it expires.
/// </summary>
internal sealed class LinkRegistry<T>
{
    private readonly ConcurrentDictionary<string, (T Value, DateTimeOffset ExpiresAt)> _links = new(StringComparer.Ordinal);

    public string Create(T value, DateTimeOffset expiresAt)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _links[token] = (value, expiresAt);
        return token;
    }

    /// <summary>What the token grants, or default when unknown or expired at <paramref name="now"/>.</summary>
    public bool TryResolve(string token, DateTimeOffset now, out T value)
    {
        if (_links.TryGetValue(token, out var link) && now <= link.ExpiresAt)
        {
            value = link.Value;
            return true;
        }

        value = default!;
        return false;
    }
}

/// <summary>A thumbnail the content host renders: which item, and the pixel size.</summary>
internal sealed record ThumbnailLink(string ItemId, int Width, int Height);
