using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OneDriveGen.Emulator.Identity;

/// <summary>Checks how a client authenticates at the token endpoint: a confidential client must, a public client must not.</summary>
internal static class ClientAuthentication
{
    /// <summary>The error to answer, or null when the client authenticated as its registration requires.</summary>
    public static (string Error, int Code, string Message, int Status)? Check(AppRegistration app, IFormCollection form, HttpRequest request)
    {
        var secret = form["client_secret"].ToString();
        if (secret.Length == 0 && TryBasic(request, app.ClientId, out var basicSecret))
        {
            secret = basicSecret;
        }

        var hasCredential = secret.Length > 0 || form.ContainsKey("client_assertion");
        if (!app.IsConfidential)
        {
            return hasCredential
                ? ("invalid_client", 700025, "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.", 401)
                : null;
        }

        if (!hasCredential)
        {
            return ("invalid_client", 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", 401);
        }

        var expected = Encoding.UTF8.GetBytes(app.ClientSecret!);
        var actual = Encoding.UTF8.GetBytes(secret);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? null
            : ("invalid_client", 7000215, $"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{app.ClientId}'.", 401);
    }

    private static bool TryBasic(HttpRequest request, string clientId, out string secret)
    {
        secret = string.Empty;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || !string.Equals(Uri.UnescapeDataString(decoded[..colon]), clientId, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            secret = Uri.UnescapeDataString(decoded[(colon + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
