using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>
/// The token endpoint refused a request. Carries the OAuth error, the AADSTS codes, the trace and correlation IDs to
/// quote to support, and a message that says what to do. Never contains a token or a secret.
/// </summary>
public sealed class IdentityException : OneDriveException
{
    /// <summary>Creates the exception from a token endpoint's error response.</summary>
    public IdentityException(HttpStatusCode statusCode, string error, string? description, IReadOnlyList<long> errorCodes, string? traceId, string? correlationId, string? redirectUri)
        : base(CodeOf(error, errorCodes), Explain(error, description, errorCodes, redirectUri), statusCode, traceId)
    {
        Error = error;
        Description = description;
        ErrorCodes = errorCodes;
        TraceId = traceId;
        CorrelationId = correlationId;
    }

    /// <summary>The OAuth error to branch on: invalid_grant, invalid_client, invalid_request, …</summary>
    public string Error { get; }

    /// <summary>The identity platform's description (with its AADSTS code and trace lines).</summary>
    public string? Description { get; }

    /// <summary>The AADSTS codes, such as 70008.</summary>
    public IReadOnlyList<long> ErrorCodes { get; }

    /// <summary>The trace ID to quote to support.</summary>
    public string? TraceId { get; }

    /// <summary>The correlation ID to quote to support.</summary>
    public string? CorrelationId { get; }

    /// <summary>The first AADSTS code as text (AADSTS70008), or the error when there is none.</summary>
    private static string CodeOf(string error, IReadOnlyList<long> errorCodes) =>
        errorCodes.Count > 0 ? "AADSTS" + errorCodes[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : error;

    /// <summary>Whether the only way forward is a new interactive sign-in (expired, revoked or reused grant).</summary>
    public bool RequiresSignIn => Error == "invalid_grant" || ErrorCodes.Any(c => c is 70008 or 700082 or 54005 or 70000 or 9002313 or 700084 or 50173);

    private static string Explain(string error, string? description, IReadOnlyList<long> codes, string? redirectUri)
    {
        var code = codes.Count > 0 ? codes[0] : 0;
        var advice = code switch
        {
            50011 => $"The redirect URI sent ('{redirectUri}') is not the one registered for the app, or not the one the code was issued for. Register it exactly (only the port of a loopback URI may differ) and redeem the code with the same URI.",
            70008 or 700082 => "The refresh token or code has expired or was revoked: sign in again.",
            54005 => "This authorization code was already redeemed; codes are single-use. Sign in again (and keep the refresh token you got the first time).",
            70000 or 9002313 => "The code or refresh token is not valid (mangled, for another app, or unknown): sign in again.",
            7000215 => "The client secret is wrong. Use the secret's Value from the app registration, not its Secret ID, and check it has not expired.",
            7000218 => "The app is registered as a confidential (web) client, so it must send its client secret: configure ClientSecret.",
            700025 => "The app is registered as a public client, which must never send a client secret: remove ClientSecret from the configuration.",
            501481 or 50148 => "The PKCE code_verifier does not match the code_challenge of the authorization request: redeem the code with the verifier of the same sign-in.",
            700016 => "The client ID is not registered in this tenant: check ClientId and Tenant.",
            65001 => "The user or an administrator has not consented to the requested scopes: sign in interactively to consent.",
            900144 => "The token request is missing a parameter; token requests must be sent form-urlencoded.",
            _ => "The token endpoint refused the request.",
        };
        var first = description?.Split('\r', '\n')[0];
        return $"{advice} ({error}{(code != 0 ? ", AADSTS" + code.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}: {first})";
    }
}
