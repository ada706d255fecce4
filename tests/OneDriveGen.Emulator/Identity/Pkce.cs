using System;
using System.Security.Cryptography;
using System.Text;

namespace OneDriveGen.Emulator.Identity;

/// <summary>RFC 7636 checks: challenge sizes and verifier matching for S256 and plain.</summary>
internal static class Pkce
{
    public static bool IsValidChallenge(string challenge) => challenge.Length is >= 43 and <= 128;

    public static bool Matches(string verifier, string challenge, string? method)
    {
        if (string.Equals(method, "S256", StringComparison.Ordinal))
        {
            var hash = SHA256.HashData(Encoding.ASCII.GetBytes(verifier));
            var encoded = Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(encoded), Encoding.ASCII.GetBytes(challenge));
        }

        // No method with a challenge means plain (RFC 7636 §4.3).
        return string.Equals(verifier, challenge, StringComparison.Ordinal);
    }
}
