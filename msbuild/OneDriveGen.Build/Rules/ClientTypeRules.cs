using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

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
        if (!clientType.IsBlank && !value.Equals("public", StringComparison.OrdinalIgnoreCase) && !value.Equals("confidential", StringComparison.OrdinalIgnoreCase))
        {
            yield return new Finding("ODG2013", Severity.Error, $"OneDriveClientType '{value}' is not 'public' (desktop, mobile, CLI) or 'confidential' (web app with a secret). App-only (daemon) access is not supported: OneDrive's /me/drive needs a signed-in user.", clientType.Location);
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
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !uri.IsLoopback
                && !value.TrimEnd('/').Equals(NativeClientRedirect, StringComparison.OrdinalIgnoreCase))
            {
                yield return new Finding("ODG2043", Severity.Error, $"Redirect URI '{value}' is a web address, but a public client receives the code on its own loopback listener: use http://127.0.0.1 (or set OneDriveClientType to 'confidential' for a web app).", redirect.Location);
            }
        }
    }

    private static IEnumerable<Finding> CheckConfidential(AppRegistrationSettings settings)
    {
        foreach (var config in settings.ConfigFiles.Where(c => c.ClientSecretKey is not null && c.ClientCredentials is not null))
        {
            yield return new Finding("ODG2062", Severity.Error, $"{Path.GetFileName(config.File)} sets both ClientSecret and ClientCredentials; configure one credential, in ClientCredentials.", config.ClientCredentials!.Value);
        }

        var hasCredential = settings.HasUserSecrets
            || settings.ProjectSecrets.SecretValues.Count > 0
            || settings.ConfigFiles.Any(c => c.ClientSecretKey is not null || c.ClientCredentials is not null || c.SecretValues.Count > 0);
        if (!hasCredential)
        {
            var at = settings.ClientType.IsBlank ? settings.Project : settings.ClientType.Location;
            yield return new Finding("ODG2061", Severity.Warning, "The app is a confidential client but no credential is configured where the build can see it (no ClientSecret or ClientCredentials in appsettings, no UserSecretsId); code redemption will fail with AADSTS7000218. If the secret comes from an environment variable or a vault, suppress ODG2061 with NoWarn.", at);
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
            yield return new Finding("ODG2066", Severity.Warning, $"{expires.Name} '{text}' is not a date in the form yyyy-MM-dd, so the secret's expiry cannot be checked.", expires.Location);
            yield break;
        }

        var days = (date - settings.Today).Days;
        var problem = days < 0 ? $"expired {-days} day(s) ago: sign-in fails with AADSTS7000222 until a new secret is created and configured"
            : days <= 30 ? $"expires in {days} day(s): create the next secret and roll it out now"
            : date > settings.Today.AddMonths(24) ? "is more than 24 months away, longer than Microsoft allows a secret to live: check the date"
            : null;
        if (problem is not null)
        {
            yield return new Finding("ODG2066", Severity.Warning, $"The client secret {problem}.", expires.Location);
        }
    }
}
