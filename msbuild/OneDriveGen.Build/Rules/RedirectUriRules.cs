using System;
using System.Collections.Generic;

namespace OneDriveGen.Build.Rules;

/// <summary>ODG2030–ODG2040: each redirect URI is one Microsoft's identity platform will accept, and they fit together.</summary>
internal static class RedirectUriRules
{
    private const int MaxLength = 256;

    private const string OutOfBand = "urn:ietf:wg:oauth:2.0:oob";
    private static readonly char[] RefusedCharacters = { '!', '$', '\'', '(', ')', ',', ';' };

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        var loopbackWithoutPort = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var redirect in settings.RedirectUris)
        {
            foreach (var finding in CheckOne(redirect))
            {
                yield return finding;
            }

            // Microsoft ignores the port of a loopback redirect URI when matching, so two that differ only by it are one.
            if (Uri.TryCreate(redirect.Value.Trim(), UriKind.Absolute, out var uri) && uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp
                && !loopbackWithoutPort.Add(uri.Host + uri.AbsolutePath))
            {
                yield return new Finding("ODG2040", Severity.Warning, $"Redirect URI '{redirect.Value.Trim()}' differs from another only by its port; Microsoft ignores loopback ports when matching, so list it once (the port is chosen at run time).", redirect.Location);
            }
        }
    }

    private static IEnumerable<Finding> CheckOne(Setting redirect)
    {
        var value = redirect.Value.Trim();
        if (value.Equals(OutOfBand, StringComparison.OrdinalIgnoreCase))
        {
            yield return new Finding("ODG2037", Severity.Warning, $"Redirect URI '{OutOfBand}' is the retired out-of-band flow; desktop apps use a loopback redirect (http://127.0.0.1) that the runtime listens on.", redirect.Location);
            yield break;
        }

        if (value.IndexOfAny(RefusedCharacters) >= 0)
        {
            yield return new Finding("ODG2036", Severity.Error, $"Redirect URI '{value}' contains one of the characters ! $ ' ( ) , ; that app registrations refuse.", redirect.Location);
        }

        // Checked before parsing: System.Uri cannot parse a wildcard host at all.
        if (value.IndexOf('*') >= 0)
        {
            yield return new Finding("ODG2033", Severity.Error, $"Redirect URI '{value}' contains a wildcard '*', which Microsoft refuses for apps that sign in personal accounts.", redirect.Location);
            yield break;
        }

        // On Unix System.Uri reads "/callback" as file:///callback, so the scheme must be written out.
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            yield return new Finding("ODG2030", Severity.Error, $"Redirect URI '{value}' is not an absolute URI (scheme://host/path).", redirect.Location);
            yield break;
        }

        if (value.Length > MaxLength)
        {
            yield return new Finding("ODG2032", Severity.Error, $"Redirect URI is {value.Length} characters long; Microsoft accepts at most {MaxLength}.", redirect.Location);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            yield return new Finding("ODG2031", Severity.Error, $"Redirect URI '{value}' uses http for a host that is not loopback; only http://localhost and http://127.0.0.1 may use http, everything else needs https.", redirect.Location);
        }

        if (value.IndexOf('#') >= 0)
        {
            yield return new Finding("ODG2034", Severity.Error, $"Redirect URI '{value}' has a fragment ('#…'); the code arrives in the query and a fragment is not allowed.", redirect.Location);
        }

        if (uri.Host == "[::1]")
        {
            yield return new Finding("ODG2038", Severity.Error, $"Redirect URI '{value}' uses the IPv6 loopback [::1], which Microsoft does not accept; use http://127.0.0.1.", redirect.Location);
        }

        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            yield return new Finding("ODG2039", Severity.Message, $"Redirect URI '{value}' uses localhost; http://127.0.0.1 is preferred, as localhost can resolve to an address the loopback listener is not bound to.", redirect.Location);
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.Host == "127.0.0.1" || uri.Host == "[::1]";
}
