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
                yield return new Finding("ODG2020", Severity.Error, $"{setting.Name} '{value}' is not an absolute https URI (http is accepted only for a loopback emulator).", setting.Location);
                continue;
            }

            if (IsVersion1(uri))
            {
                yield return new Finding("ODG2022", Severity.Error, $"{setting.Name} '{value}' is the v1.0 endpoint, which takes 'resource=' instead of scopes and cannot redeem v2.0 codes; use https://login.microsoftonline.com/{{tenant}}/oauth2/v2.0/token.", setting.Location);
            }
            else if (IsLegacyLive(uri))
            {
                yield return new Finding("ODG2023", Severity.Warning, $"{setting.Name} '{value}' is the legacy Live endpoint; use the Microsoft identity platform v2.0 endpoint https://login.microsoftonline.com/{{tenant}}/oauth2/v2.0/token, which also refreshes personal-account tokens.", setting.Location);
            }
            else if (!uri.IsLoopback && !KnownHosts.Contains(uri.Host))
            {
                yield return new Finding("ODG2021", Severity.Warning, $"{setting.Name} host '{uri.Host}' is not a Microsoft identity platform host (such as login.microsoftonline.com); check it for a typo.", setting.Location);
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
