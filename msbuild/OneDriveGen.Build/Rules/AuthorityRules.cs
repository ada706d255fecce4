using System;
using System.Collections.Generic;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2020–ODG2023: the authority host and refresh endpoint are absolute https URIs of the Microsoft
/// identity platform, not the legacy Live endpoints. Loopback http is allowed: that is the emulator.
/// </summary>
internal static class AuthorityRules
{
    private static readonly HashSet<string> KnownHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "login.microsoftonline.com",
        "login.microsoft.com",
        "login.windows.net",
        "sts.windows.net",
        "login.microsoftonline.us",
        "login.partner.microsoftonline.cn",
        "login.chinacloudapi.cn",
    };

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        foreach (var setting in new[] { settings.AuthorityHost, settings.RefreshEndpoint })
        {
            if (setting.IsBlank)
            {
                continue;
            }

            var value = setting.Value.Trim();
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase)
                || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
            {
                yield return BuildDiagnostics.AuthorityNotHttps.At(setting.Location, setting.Name, value);
                continue;
            }

            if (IsVersion1(uri))
            {
                yield return BuildDiagnostics.V1TokenEndpoint.At(setting.Location, setting.Name, value);
            }
            else if (IsLegacyLive(uri))
            {
                yield return BuildDiagnostics.LegacyLiveEndpoint.At(setting.Location, setting.Name, value);
            }
            else if (!uri.IsLoopback && !KnownHosts.Contains(uri.Host))
            {
                yield return BuildDiagnostics.AuthorityHostUnknown.At(setting.Location, setting.Name, uri.Host);
            }
        }
    }

    private static bool IsVersion1(Uri uri) =>
        (uri.AbsolutePath.IndexOf("/oauth2/", StringComparison.OrdinalIgnoreCase) >= 0 && uri.AbsolutePath.IndexOf("/oauth2/v2.0/", StringComparison.OrdinalIgnoreCase) < 0)
        || uri.Query.IndexOf("resource=", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsLegacyLive(Uri uri) =>
        uri.Host.Equals("login.live.com", StringComparison.OrdinalIgnoreCase)
        || uri.AbsolutePath.IndexOf("oauth20_", StringComparison.OrdinalIgnoreCase) >= 0;
}
