using System;
using System.Collections.Generic;
using OneDriveGen.Common.Registration;

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
            if (Uri.TryCreate(redirect.Value.Trim(), UriKind.Absolute, out var uri) && Loopback.IsLoopbackHttp(uri)
                && !loopbackWithoutPort.Add(uri.Host + uri.AbsolutePath))
            {
                yield return BuildDiagnostics.RedirectPortOnly.At(redirect.Location, redirect.Value.Trim());
            }
        }
    }

    private static IEnumerable<Finding> CheckOne(Setting redirect)
    {
        var value = redirect.Value.Trim();
        if (value.Equals(OutOfBand, StringComparison.OrdinalIgnoreCase))
        {
            yield return BuildDiagnostics.RedirectOutOfBand.At(redirect.Location, OutOfBand);
            yield break;
        }

        if (value.IndexOfAny(RefusedCharacters) >= 0)
        {
            yield return BuildDiagnostics.RedirectRefusedCharacter.At(redirect.Location, value);
        }

        // Checked before parsing: System.Uri cannot parse a wildcard host at all.
        if (value.IndexOf('*') >= 0)
        {
            yield return BuildDiagnostics.RedirectWildcard.At(redirect.Location, value);
            yield break;
        }

        // On Unix System.Uri reads "/callback" as file:///callback, so the scheme must be written out.
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            yield return BuildDiagnostics.RedirectNotAbsolute.At(redirect.Location, value);
            yield break;
        }

        if (value.Length > MaxLength)
        {
            yield return BuildDiagnostics.RedirectTooLong.At(redirect.Location, value.Length, MaxLength);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !Loopback.IsLoopbackHost(uri.Host))
        {
            yield return BuildDiagnostics.RedirectHttpNotLoopback.At(redirect.Location, value);
        }

        if (value.IndexOf('#') >= 0)
        {
            yield return BuildDiagnostics.RedirectFragment.At(redirect.Location, value);
        }

        if (uri.Host == "[::1]")
        {
            yield return BuildDiagnostics.RedirectIpv6Loopback.At(redirect.Location, value);
        }

        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            yield return BuildDiagnostics.RedirectLocalhost.At(redirect.Location, value);
        }
    }
}
