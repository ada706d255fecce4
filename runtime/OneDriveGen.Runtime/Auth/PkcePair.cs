using System;
using System.Security.Cryptography;

namespace OneDriveGen.Runtime.Auth;

/// <summary>A PKCE verifier and its S256 challenge (RFC 7636). The verifier is a secret: ToString hides it.</summary>
public sealed class PkcePair
{
    private const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private PkcePair(string verifier)
    {
        Verifier = verifier;
        Challenge = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
    }

    /// <summary>The verifier sent with the code redemption: 64 unreserved characters (43–128 allowed).</summary>
    public string Verifier { get; }

    /// <summary>BASE64URL(SHA256(verifier)), sent with the authorization request.</summary>
    public string Challenge { get; }

    /// <summary>The challenge method, always S256.</summary>
    public string Method => "S256";

    /// <summary>A new random pair.</summary>
    public static PkcePair Create() => new(RandomNumberGenerator.GetString(Unreserved, 64));

    /// <summary>A pair for a given verifier, validated against RFC 7636.</summary>
    /// <exception cref="ArgumentException">The verifier is not 43–128 unreserved characters.</exception>
    public static PkcePair FromVerifier(string verifier)
    {
        if (verifier is null || verifier.Length is < 43 or > 128 || verifier.AsSpan().IndexOfAnyExcept(Unreserved) >= 0)
        {
            throw new ArgumentException("A PKCE verifier is 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' and '~'.", nameof(verifier));
        }

        return new PkcePair(verifier);
    }

    /// <inheritdoc />
    public override string ToString() => $"PKCE S256 (challenge {Challenge}, verifier [redacted])";

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
