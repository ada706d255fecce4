using System;
using System.Collections.Generic;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2020–ODG2023, ODG2027: the authority host is an absolute https URI of the Microsoft identity platform (loopback
/// http is allowed: that is the emulator), and the refresh endpoint is <c>v2</c>, or <c>live</c> with a warning.
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
        foreach (var finding in CheckRefreshEndpoint(settings.RefreshEndpoint))
        {
            yield return finding;
        }

        var setting = settings.AuthorityHost;
        if (!setting.IsBlank)
        {
            var value = setting.Value.Trim();
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase)
                || !Loopback.IsSecureOrLoopback(uri))
            {
                yield return BuildDiagnostics.AuthorityNotHttps.At(setting.Location, setting.Name, value);
                yield break;
            }

            if (IsVersion1(uri))
            {
                yield return BuildDiagnostics.V1TokenEndpoint.At(setting.Location, setting.Name, value);
            }
            else if (IsLegacyLive(uri))
            {
                yield return BuildDiagnostics.LegacyLiveEndpoint.At(setting.Location, setting.Name, value);
            }
            else if (!Loopback.IsLoopbackHost(uri.Host) && !KnownHosts.Contains(uri.Host))
            {
                yield return BuildDiagnostics.AuthorityHostUnknown.At(setting.Location, setting.Name, uri.Host);
            }
        }
    }

    private static IEnumerable<Finding> CheckRefreshEndpoint(Setting setting)
    {
        if (setting.IsBlank)
        {
            yield break;
        }

        var value = setting.Value.Trim();
        var known = RefreshEndpoints.Parse(value);
        if (known == RefreshEndpoints.Live)
        {
            yield return BuildDiagnostics.LegacyLiveEndpoint.At(setting.Location, setting.Name, value);
        }
        else if (known is null)
        {
            // The property once took a URL; say which value that URL meant.
            var meant = Uri.TryCreate(value, UriKind.Absolute, out var uri) ? (IsLegacyLive(uri) ? RefreshEndpoints.Live : RefreshEndpoints.V2) : null;
            var hint = meant is null ? string.Empty : $"; the host comes from OneDriveAuthorityHost or OneDriveLiveHost, so write '{meant}'";
            yield return BuildDiagnostics.RefreshEndpointUnknown.At(setting.Location, value, string.Join(", ", RefreshEndpoints.All), hint);
        }
    }

    private static bool IsVersion1(Uri uri) =>
        (uri.AbsolutePath.IndexOf("/oauth2/", StringComparison.OrdinalIgnoreCase) >= 0 && uri.AbsolutePath.IndexOf("/oauth2/v2.0/", StringComparison.OrdinalIgnoreCase) < 0)
        || uri.Query.IndexOf("resource=", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsLegacyLive(Uri uri) =>
        uri.Host.Equals("login.live.com", StringComparison.OrdinalIgnoreCase)
        || uri.AbsolutePath.IndexOf("oauth20_", StringComparison.OrdinalIgnoreCase) >= 0;
}
