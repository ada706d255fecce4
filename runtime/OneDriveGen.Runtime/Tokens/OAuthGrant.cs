using System;
using System.Collections.Generic;
using System.Linq;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>
/// The grants the sign-in sends itself (RFC 6749 §4.1.3 and §6, with PKCE's code_verifier): the same fields as the
/// shipped spec's grant records, in the same order, so the runtime needs no generated code of its own. Secrets are
/// redacted from ToString.
/// </summary>
internal sealed class OAuthGrant : ITokenGrant
{
    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal) { "client_secret", "code", "refresh_token", "code_verifier", "device_code" };
    private readonly List<KeyValuePair<string, string>> _fields;

    private OAuthGrant(string grantType, bool confidential, List<KeyValuePair<string, string>> fields)
    {
        GrantType = grantType;
        IsConfidential = confidential;
        _fields = fields;
    }

    /// <inheritdoc />
    public string GrantType { get; }

    /// <inheritdoc />
    public bool IsConfidential { get; }

    /// <summary>grant_type=authorization_code, with the secret for a confidential client and the PKCE verifier.</summary>
    public static OAuthGrant AuthorizationCode(string clientId, string? clientSecret, string code, string redirectUri, string? codeVerifier)
    {
        var fields = Start("authorization_code", clientId, clientSecret);
        fields.Add(new("code", Require(code, "code")));
        fields.Add(new("redirect_uri", Require(redirectUri, "redirect_uri")));
        AddIfSet(fields, "code_verifier", codeVerifier);
        return new("authorization_code", clientSecret is not null, fields);
    }

    /// <summary>grant_type=refresh_token; redirect_uri only where the Live endpoint wants it.</summary>
    public static OAuthGrant Refresh(string clientId, string? clientSecret, string refreshToken, string? redirectUri)
    {
        var fields = Start("refresh_token", clientId, clientSecret);
        fields.Add(new("refresh_token", Require(refreshToken, "refresh_token")));
        AddIfSet(fields, "redirect_uri", redirectUri);
        return new("refresh_token", clientSecret is not null, fields);
    }

    /// <summary>The device code grant (RFC 8628 §3.4): a public client polling with the device code it was given.</summary>
    public static OAuthGrant DeviceCode(string clientId, string deviceCode)
    {
        var fields = Start(DeviceCodeGrantType, clientId, null);
        fields.Add(new("device_code", Require(deviceCode, "device_code")));
        return new(DeviceCodeGrantType, false, fields);
    }

    /// <summary>The device code grant's grant_type.</summary>
    public const string DeviceCodeGrantType = "urn:ietf:params:oauth:grant-type:device_code";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> ToFormFields() => _fields;

    /// <inheritdoc />
    public override string ToString() =>
        $"OAuthGrant {{ {string.Join(", ", _fields.Select(f => $"{f.Key} = {(Secrets.Contains(f.Key) ? "[redacted]" : f.Value)}"))} }}";

    private static List<KeyValuePair<string, string>> Start(string grantType, string clientId, string? clientSecret)
    {
        var fields = new List<KeyValuePair<string, string>>(7)
        {
            new("grant_type", grantType),
            new("client_id", Require(clientId, "client_id")),
        };
        if (clientSecret is not null)
        {
            fields.Add(new("client_secret", Require(clientSecret, "client_secret")));
        }

        return fields;
    }

    private static void AddIfSet(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(new(name, value));
        }
    }

    private static string Require(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The token request field '{name}' is required.", name) : value;
}
