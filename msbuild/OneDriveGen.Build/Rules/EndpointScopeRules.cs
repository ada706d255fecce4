using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2070, ODG2071: the configured scopes allow every endpoint of the project's specs, and are not much wider
/// than those endpoints need.
/// </summary>
internal static class EndpointScopeRules
{
    // Which scopes include which: a consent to the wider one covers the narrower one.
    private static readonly Dictionary<string, string[]> WiderThan = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Files.Read"] = new[] { "Files.ReadWrite", "Files.Read.All", "Files.ReadWrite.All" },
        ["Files.ReadWrite"] = new[] { "Files.ReadWrite.All" },
        ["Files.Read.All"] = new[] { "Files.ReadWrite.All" },
        ["Sites.Read.All"] = new[] { "Sites.ReadWrite.All" },
    };

    // Least privileged first: the first that alone allows every endpoint is what the app needs.
    private static readonly string[] FilesLadder = { "Files.Read", "Files.ReadWrite", "Files.Read.All", "Files.ReadWrite.All" };

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        var configured = new HashSet<string>(settings.ScopeList(), StringComparer.OrdinalIgnoreCase);
        if (configured.Count == 0 || settings.SpecEndpoints.Count == 0)
        {
            yield break; // ODG2050 covers no scopes; no spec, nothing to compare.
        }

        foreach (var endpoint in settings.SpecEndpoints.Where(e => !Allows(configured, e)))
        {
            var at = $"{Path.GetFileName(endpoint.Location.File)}({endpoint.Location.Line},{endpoint.Location.Column})";
            yield return BuildDiagnostics.ScopeMissingForEndpoint.At(settings.Scopes.Location, endpoint.Name, at, string.Join(", ", endpoint.Scopes), endpoint.Scopes[0]);
        }

        var needed = FilesLadder.FirstOrDefault(s => settings.SpecEndpoints.All(e => Allows(new[] { s }, e)));
        if (needed is not null && !configured.Contains(needed))
        {
            foreach (var wider in WiderThan[needed].Where(configured.Contains))
            {
                yield return BuildDiagnostics.ScopeWiderThanNeeded.At(settings.Scopes.Location, wider, needed);
            }
        }
    }

    private static bool Allows(IEnumerable<string> configured, SpecEndpoint endpoint) =>
        endpoint.Scopes.Any(required => configured.Any(c =>
            c.Equals(required, StringComparison.OrdinalIgnoreCase)
            || (WiderThan.TryGetValue(required, out var wider) && wider.Contains(c, StringComparer.OrdinalIgnoreCase))));
}
