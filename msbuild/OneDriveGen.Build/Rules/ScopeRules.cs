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
            yield return BuildDiagnostics.NoScopes.At(settings.Scopes.IsBlank ? settings.Project : settings.Scopes.Location);
            yield break;
        }

        var location = settings.Scopes.Location;
        if (!scopes.Any(s => s.Equals("offline_access", StringComparison.OrdinalIgnoreCase)))
        {
            yield return BuildDiagnostics.NoOfflineAccess.At(location);
        }

        foreach (var scope in scopes.Where(IsLegacyLiveScope))
        {
            yield return BuildDiagnostics.LegacyLiveScope.At(location, scope);
        }
    }

    /// <summary>A Live Connect (<c>wl.*</c>) or OneDrive API (<c>onedrive.*</c>) scope.</summary>
    internal static bool IsLegacyLiveScope(string scope) =>
        scope.StartsWith("wl.", StringComparison.OrdinalIgnoreCase) || scope.StartsWith("onedrive.", StringComparison.OrdinalIgnoreCase);
}
