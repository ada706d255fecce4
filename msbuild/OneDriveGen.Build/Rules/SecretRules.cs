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
                yield return BuildDiagnostics.EntraSecretCommitted.At(value.Location, name);
            }

            foreach (var secret in config.SecretValues.Where(s => !IsPlaceholder(s.Value)))
            {
                if (settings.IsPublicClient)
                {
                    yield return BuildDiagnostics.SecretOnPublicClient.At(secret.Location, name);
                }

                if (Guid.TryParse(secret.Value.Trim(), out _))
                {
                    yield return BuildDiagnostics.SecretLooksLikeId.At(secret.Location, name);
                }
                else if (!flagged.Contains(secret.Location))
                {
                    yield return BuildDiagnostics.SecretLikeValueCommitted.At(secret.Location, name);
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
