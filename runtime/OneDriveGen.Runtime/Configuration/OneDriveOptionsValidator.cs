using System;
using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Runtime.Configuration;

/// <summary>Start-up checks of <see cref="OneDriveOptions"/>, reported as ODG3xxx messages naming the setting.</summary>
internal static class OneDriveOptionsValidator
{
    public static IReadOnlyList<string> Validate(OneDriveOptions options)
    {
        var problems = new List<string>();
        if (!Guid.TryParse(options.ClientId, out _))
        {
            problems.Add(ConfigurationDiagnostics.ClientIdNotGuid.Problem(options.ClientId));
        }

        foreach (var (name, value) in new[] { ("AuthorityHost", options.AuthorityHost), ("LiveHost", options.LiveHost), ("GraphBaseUrl", options.GraphBaseUrl) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !Loopback.IsSecureOrLoopback(uri))
            {
                problems.Add(ConfigurationDiagnostics.HostNotHttps.Problem(name, value));
            }
        }

        if (!Uri.TryCreate(options.RedirectUri, UriKind.Absolute, out var redirect) || !Loopback.IsSecureOrLoopback(redirect))
        {
            problems.Add(ConfigurationDiagnostics.RedirectUnusable.Problem(options.RedirectUri));
        }

        if (string.IsNullOrWhiteSpace(options.Tenant) || options.Tenant.Contains('/', StringComparison.Ordinal))
        {
            problems.Add(ConfigurationDiagnostics.TenantUnusable.Problem(options.Tenant));
        }

        if (!options.ScopeList.Any(s => s.Equals("offline_access", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(ConfigurationDiagnostics.NoOfflineAccess.Problem());
        }

        if (options.RefreshSkew < TimeSpan.Zero || options.RefreshSkew > TimeSpan.FromMinutes(30))
        {
            problems.Add(ConfigurationDiagnostics.RefreshSkewOutOfRange.Problem(options.RefreshSkew));
        }

        foreach (var origin in options.TrustedTokenOrigins.Where(o => !Http.GraphOrigin.IsValidOrigin(o)))
        {
            problems.Add(ConfigurationDiagnostics.TrustedOriginNotAnOrigin.Problem(origin));
        }

        return problems;
    }
}
