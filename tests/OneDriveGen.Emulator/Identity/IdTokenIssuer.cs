using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// Signs id_tokens as the identity platform does ("Microsoft identity platform ID tokens"): RS256 with a key
/// published in the tenant's JWKS (kid and x5t in the header), v2.0 claims (ver, iss, sub, aud, exp, iat, nbf, tid,
/// oid; name and preferred_username with profile; email with email; nonce when the authorize request had one;
/// c_hash in the hybrid flow). Verifiable by any OpenID Connect library through the emulator's discovery document.
/// </summary>
internal sealed class IdTokenIssuer : IDisposable
{
    // Made on first use: generating a 2048-bit key takes tens of milliseconds, and most emulators never sign.
    private readonly Lazy<RSA> _lazyKey = new(() => RSA.Create(2048));

    private RSA Key => _lazyKey.Value;

    /// <summary>The key's ID, as the JWKS and the token header name it.</summary>
    public string KeyId => Base64Url(SHA256.HashData(Key.ExportParameters(false).Modulus!))[..27];

    /// <summary>The JSON Web Key Set of the signing key.</summary>
    public void WriteKeys(Utf8JsonWriter writer)
    {
        var parameters = Key.ExportParameters(false);
        writer.WriteStartObject();
        writer.WriteStartArray("keys");
        writer.WriteStartObject();
        writer.WriteString("kty", "RSA");
        writer.WriteString("use", "sig");
        writer.WriteString("kid", KeyId);
        writer.WriteString("x5t", KeyId);
        writer.WriteString("n", Base64Url(parameters.Modulus!));
        writer.WriteString("e", Base64Url(parameters.Exponent!));
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>An id_token for <paramref name="clientId"/>, issued by <paramref name="issuer"/> at <paramref name="now"/>.</summary>
    public string Issue(string issuer, string tenantId, string clientId, EmulatorAccount account, IReadOnlyList<string> scopes, string? nonce, string? code, DateTimeOffset now)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = KeyId });
        var claims = new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["iss"] = issuer,
            ["sub"] = Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(account.ObjectId + "|" + clientId.ToLowerInvariant())))[..43],
            ["aud"] = clientId,
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["tid"] = tenantId,
            ["oid"] = account.ObjectId,
        };
        if (Has(scopes, "profile"))
        {
            claims["name"] = account.DisplayName;
            claims["preferred_username"] = account.Login;
        }

        if (Has(scopes, "email"))
        {
            claims["email"] = account.Login;
        }

        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        if (code is not null)
        {
            // OpenID Connect Core §3.3.2.11: the left half of the SHA-256 of the code.
            claims["c_hash"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(code))[..16]);
        }

        var signingInput = Base64Url(header) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    public void Dispose()
    {
        if (_lazyKey.IsValueCreated)
        {
            _lazyKey.Value.Dispose();
        }
    }

    /// <summary>base64url without padding, as JOSE uses it.</summary>
    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool Has(IReadOnlyList<string> scopes, string scope)
    {
        foreach (var s in scopes)
        {
            if (string.Equals(s, scope, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
