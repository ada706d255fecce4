using System;
using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Infrastructure;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2051, ODG2052, ODG2054, ODG2059: the scopes form one valid token request for Microsoft Graph, and each is
/// one Graph knows.
/// </summary>
internal static class ScopeShapeRules
{
    private const string GraphResource = "https://graph.microsoft.com";

    // The scopes an OneDrive app asks for, in Microsoft's canonical spelling.
    private static readonly string[] Known =
    {
        "Files.Read", "Files.Read.All", "Files.ReadWrite", "Files.ReadWrite.All", "Files.ReadWrite.AppFolder",
        "Files.Read.Selected", "Files.ReadWrite.Selected", "Sites.Read.All", "Sites.ReadWrite.All", "Sites.Selected",
        "User.Read", "offline_access", "openid", "profile", "email",
    };

    private static readonly string[] OpenIdScopes = { "offline_access", "openid", "profile", "email" };

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        var scopes = settings.ScopeList().ToList();
        var location = settings.Scopes.Location;
        var resourceScopes = scopes.Where(s => !OpenIdScopes.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();

        if (resourceScopes.Any(IsDefault) && resourceScopes.Count > 1)
        {
            yield return BuildDiagnostics.DefaultScopeCombined.At(location);
        }

        var resources = resourceScopes.Select(ResourceOf).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (resources.Count > 1)
        {
            yield return BuildDiagnostics.ScopesSpanResources.At(location, resources.Count, string.Join(", ", resources));
        }

        foreach (var scope in scopes.Where(s => ResourceOf(s) == GraphResource && !IsDefault(s)))
        {
            var name = GraphName(scope);
            var canonical = Known.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                if (!ScopeRules.IsLegacyLiveScope(name))
                {
                    yield return BuildDiagnostics.UnknownScope.At(location, scope, DidYouMean.Suggest(name, Known));
                }
            }
            else if (!string.Equals(canonical, name, StringComparison.Ordinal))
            {
                yield return BuildDiagnostics.ScopeCasing.At(location, scope, canonical);
            }
        }
    }

    private static bool IsDefault(string scope) => scope.Equals(".default", StringComparison.OrdinalIgnoreCase) || scope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase);

    // A bare scope is Microsoft Graph's; a qualified one names its resource before the last '/'.
    private static string ResourceOf(string scope)
    {
        var slash = scope.LastIndexOf('/');
        return slash > 0 && scope.IndexOf(':') > 0 ? scope.Substring(0, slash).TrimEnd('/') : GraphResource;
    }

    private static string GraphName(string scope)
    {
        var slash = scope.LastIndexOf('/');
        return slash >= 0 ? scope.Substring(slash + 1) : scope;
    }
}
