using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2013, ODG2043, ODG2061, ODG2062, ODG2066: the client type is one OneDriveGen supports, a public client
/// redirects to the loopback, and a confidential client has exactly one credential that is not about to expire.
/// </summary>
internal static class ClientTypeRules
{
    private const string NativeClientRedirect = "https://login.microsoftonline.com/common/oauth2/nativeclient";

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        var clientType = settings.ClientType;
        var value = clientType.Value.Trim();
        if (!clientType.IsBlank && !value.Equals(ClientTypes.Public, StringComparison.OrdinalIgnoreCase) && !ClientTypes.IsConfidential(value))
        {
            yield return BuildDiagnostics.UnknownClientType.At(clientType.Location, value);
            yield break;
        }

        var findings = settings.IsPublicClient ? CheckPublic(settings) : CheckConfidential(settings);
        foreach (var finding in findings.Concat(CheckExpiry(settings)))
        {
            yield return finding;
        }
    }

    private static IEnumerable<Finding> CheckPublic(AppRegistrationSettings settings)
    {
        foreach (var redirect in settings.RedirectUris)
        {
            var value = redirect.Value.Trim();
            // A custom scheme is a mobile app's broker redirect; http is ODG2031's business.
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !Loopback.IsLoopbackHost(uri.Host)
                && !value.TrimEnd('/').Equals(NativeClientRedirect, StringComparison.OrdinalIgnoreCase))
            {
                yield return BuildDiagnostics.PublicClientWebRedirect.At(redirect.Location, value);
            }
        }
    }

    private static IEnumerable<Finding> CheckConfidential(AppRegistrationSettings settings)
    {
        foreach (var config in settings.ConfigFiles.Where(c => c.ClientSecretKey is not null && c.ClientCredentials is not null))
        {
            yield return BuildDiagnostics.TwoCredentials.At(config.ClientCredentials!.Value, Path.GetFileName(config.File));
        }

        var hasCredential = settings.HasUserSecrets
            || settings.ProjectSecrets.SecretValues.Count > 0
            || settings.ConfigFiles.Any(c => c.ClientSecretKey is not null || c.ClientCredentials is not null || c.SecretValues.Count > 0);
        if (!hasCredential)
        {
            var at = settings.ClientType.IsBlank ? settings.Project : settings.ClientType.Location;
            yield return BuildDiagnostics.NoCredential.At(at);
        }
    }

    private static IEnumerable<Finding> CheckExpiry(AppRegistrationSettings settings)
    {
        var expires = settings.ClientSecretExpires;
        if (expires.IsBlank)
        {
            yield break;
        }

        var text = expires.Value.Trim();
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            yield return BuildDiagnostics.SecretExpiryNotADate.At(expires.Location, expires.Name, text);
            yield break;
        }

        var days = (date - settings.Today).Days;
        var problem = days < 0 ? $"expired {-days} day(s) ago: sign-in fails with AADSTS7000222 until a new secret is created and configured"
            : days <= 30 ? $"expires in {days} day(s): create the next secret and roll it out now"
            : date > settings.Today.AddMonths(24) ? "is more than 24 months away, longer than Microsoft allows a secret to live: check the date"
            : null;
        if (problem is not null)
        {
            yield return BuildDiagnostics.SecretExpiring.At(expires.Location, problem);
        }
    }
}
