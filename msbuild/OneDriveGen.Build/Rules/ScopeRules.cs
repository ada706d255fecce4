using System;
using System.Collections.Generic;
using System.Linq;

namespace OneDriveGen.Build.Rules;

/// <summary>ODG2050, ODG2053, ODG2023: scopes are configured, refresh can work, and no legacy Live scope is used.</summary>
internal static class ScopeRules
{
    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        var scopes = settings.ScopeList().ToList();
        if (scopes.Count == 0)
        {
            yield return new Finding("ODG2050", Severity.Error, "OneDriveScopes is empty: request at least one Files scope, for example 'offline_access Files.ReadWrite.All'.", settings.Scopes.IsBlank ? settings.Project : settings.Scopes.Location);
            yield break;
        }

        var location = settings.Scopes.Location;
        if (!scopes.Any(s => s.Equals("offline_access", StringComparison.OrdinalIgnoreCase)))
        {
            yield return new Finding("ODG2053", Severity.Warning, "OneDriveScopes has no 'offline_access', so no refresh token is issued and the user signs in again every hour.", location);
        }

        foreach (var scope in scopes.Where(IsLegacyLiveScope))
        {
            yield return new Finding("ODG2023", Severity.Warning, $"Scope '{scope}' is a legacy Live Connect / OneDrive API scope; use the Microsoft Graph equivalent (Files.Read, Files.ReadWrite, Files.ReadWrite.All).", location);
        }
    }

    /// <summary>A Live Connect (<c>wl.*</c>) or OneDrive API (<c>onedrive.*</c>) scope.</summary>
    internal static bool IsLegacyLiveScope(string scope) =>
        scope.StartsWith("wl.", StringComparison.OrdinalIgnoreCase) || scope.StartsWith("onedrive.", StringComparison.OrdinalIgnoreCase);
}
