using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2024, ODG2042: settings that disagree with each other, where only one of them takes effect and the other
/// misleads whoever reads it.
/// </summary>
internal static class ConfigConflictRules
{
    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        foreach (var config in settings.ConfigFiles)
        {
            var name = Path.GetFileName(config.File);
            if (config.Authority is { IsBlank: false } authority && (config.Instance is { IsBlank: false } || config.Tenant is { IsBlank: false }))
            {
                yield return BuildDiagnostics.AuthorityWithInstance.At(authority.Location, name);
            }

            foreach (var finding in Overridden(settings.Tenant, config.Tenant, name).Concat(Overridden(settings.ClientId, config.ClientId, name)))
            {
                yield return finding;
            }

            if (config.CallbackPath is { IsBlank: false } callback)
            {
                var differsInCase = settings.RedirectUris
                    .Select(r => Uri.TryCreate(r.Value.Trim(), UriKind.Absolute, out var uri) ? uri.AbsolutePath : null)
                    .Any(path => path is not null && path.Equals(callback.Value.Trim(), StringComparison.OrdinalIgnoreCase) && !path.Equals(callback.Value.Trim(), StringComparison.Ordinal));
                if (differsInCase)
                {
                    yield return BuildDiagnostics.CallbackPathCase.At(callback.Location, callback.Value.Trim());
                }
            }
        }
    }

    // An MSBuild property wins over appsettings; a differing appsettings value is then dead configuration.
    private static IEnumerable<Finding> Overridden(Setting effective, Setting? fromConfig, string file)
    {
        if (effective.Name.StartsWith("OneDrive", StringComparison.Ordinal) && !effective.IsBlank
            && fromConfig is { IsBlank: false } && !fromConfig.Value.Trim().Equals(effective.Value.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            yield return BuildDiagnostics.BuildPropertyOverridesConfig.At(fromConfig.Location, file, fromConfig.Name, fromConfig.Value.Trim(), effective.Name, effective.Value.Trim());
        }
    }
}
