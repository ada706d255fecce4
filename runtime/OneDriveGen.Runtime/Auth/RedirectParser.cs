using System;
using System.Collections.Generic;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// Reads what comes back from the authorize endpoint: a whole redirect URL (state checked, errors raised) or, the
/// manual way, the code alone as the user pasted it.
/// </summary>
public static class RedirectParser
{
    /// <summary>The authorization code in <paramref name="codeOrRedirectUrl"/>.</summary>
    /// <exception cref="AuthorizationException">The redirect carries an error, its state differs from the session's, or it has no code.</exception>
    public static string ReadCode(string codeOrRedirectUrl, string expectedState)
    {
        ArgumentNullException.ThrowIfNull(codeOrRedirectUrl);
        var text = codeOrRedirectUrl.Trim();
        if (text.Length == 0)
        {
            throw new AuthorizationException("invalid_request", null, "No code was given: paste the code, or the whole URL the browser was redirected to.");
        }

        var queryStart = text.IndexOf('?', StringComparison.Ordinal);
        var looksLikeRedirect = text.Contains("://", StringComparison.Ordinal) || queryStart >= 0 || text.StartsWith("code=", StringComparison.Ordinal);
        if (!looksLikeRedirect)
        {
            return text;
        }

        var parameters = Parse(text);
        return FromParameters(parameters, expectedState);
    }

    /// <summary>
    /// The code from already-parsed redirect parameters, with the same checks. The state is checked first (in constant
    /// time): an error redirect with another state is not this sign-in's, and must not end it.
    /// </summary>
    internal static string FromParameters(IReadOnlyDictionary<string, string> parameters, string expectedState)
    {
        if (!IsForSession(parameters, expectedState))
        {
            throw new AuthorizationException("state_mismatch", null, "The redirect's state does not match this sign-in: it may be an old or forged redirect. Start the sign-in again.");
        }

        if (parameters.TryGetValue("error", out var error))
        {
            parameters.TryGetValue("error_description", out var description);
            throw AuthorizationException.FromRedirect(error, description);
        }

        if (!parameters.TryGetValue("code", out var code) || code.Length == 0)
        {
            throw new AuthorizationException("invalid_request", null, "The redirect has no code.");
        }

        return code;
    }

    /// <summary>Whether the redirect carries this sign-in's state.</summary>
    internal static bool IsForSession(IReadOnlyDictionary<string, string> parameters, string expectedState) =>
        StateCheck.Matches(parameters.TryGetValue("state", out var state) ? state : null, expectedState);

    internal static Dictionary<string, string> Parse(string urlOrQuery)
    {
        var start = urlOrQuery.IndexOfAny(new[] { '?', '#' });
        var query = start >= 0 ? urlOrQuery[(start + 1)..] : urlOrQuery;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', '#'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            result.TryAdd(key, value);
        }

        return result;
    }

    // Decoded exactly once: a code containing + / = must not be decoded again before it is form-encoded (AADSTS70000).
    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
