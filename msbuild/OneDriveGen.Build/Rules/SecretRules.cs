using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2060, ODG2063–ODG2065: secrets in committed files (appsettings*.json, launchSettings.json and the project
/// file itself). Messages name the file and position, never the value. User-secrets and environment variables
/// are never read, so never flagged.
/// </summary>
internal static class SecretRules
{
    // The current Microsoft Entra client secret format (as gitleaks and GitHub secret scanning recognise it).
    private static readonly Regex EntraSecret = new(@"(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])", RegexOptions.CultureInvariant);

    private static readonly string[] PlaceholderMarkers = { "<", "{", "$(", "your", "placeholder", "changeme", "change-me", "todo", "xxx", "***", "secret-here", "user-secrets" };

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        foreach (var config in settings.ConfigFiles.Cast<ISecretSource>().Append(settings.ProjectSecrets))
        {
            var name = Path.GetFileName(config.File);
            var flagged = new HashSet<SourceLocation>();
            foreach (var value in config.AllStrings.Where(s => EntraSecret.IsMatch(s.Value)))
            {
                flagged.Add(value.Location);
                yield return new Finding("ODG2063", Severity.Error, $"{name} holds a Microsoft Entra client secret. Committed secrets leak: rotate it, then keep it in user-secrets or an environment variable.", value.Location);
            }

            foreach (var secret in config.SecretValues.Where(s => !IsPlaceholder(s.Value)))
            {
                if (settings.IsPublicClient)
                {
                    yield return new Finding("ODG2060", Severity.Error, $"{name} configures a client secret, but the app is a public client (OneDriveClientType is not 'confidential'); a desktop or mobile app cannot keep a secret and must not send one.", secret.Location);
                }

                if (Guid.TryParse(secret.Value.Trim(), out _))
                {
                    yield return new Finding("ODG2065", Severity.Warning, $"The client secret in {name} is shaped like a GUID: that is probably the secret's ID, not its value, which is shown only once when the secret is created.", secret.Location);
                }
                else if (!flagged.Contains(secret.Location))
                {
                    yield return new Finding("ODG2064", Severity.Warning, $"{name} holds a value under a secret-like key. Keep secrets in user-secrets or environment variables, not in committed files.", secret.Location);
                }
            }
        }
    }

    private static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 || PlaceholderMarkers.Any(m => trimmed.IndexOf(m, StringComparison.OrdinalIgnoreCase) >= 0);
    }
}
