using System;
using System.Collections.Generic;
using System.Linq;

namespace OneDriveGen.Runtime.Configuration;

/// <summary>Start-up checks of <see cref="OneDriveOptions"/>, reported as ODG3xxx messages naming the setting.</summary>
internal static class OneDriveOptionsValidator
{
    public static IReadOnlyList<string> Validate(OneDriveOptions options)
    {
        var problems = new List<string>();
        if (!Guid.TryParse(options.ClientId, out _))
        {
            problems.Add($"ODG3001: OneDrive:ClientId must be the app registration's Application (client) ID, a GUID; got '{options.ClientId}'.");
        }

        foreach (var (name, value) in new[] { ("AuthorityHost", options.AuthorityHost), ("LiveHost", options.LiveHost), ("GraphBaseUrl", options.GraphBaseUrl) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
            {
                problems.Add($"ODG3002: OneDrive:{name} must be an absolute https URL (http only for a loopback emulator); got '{value}'.");
            }
        }

        if (!Uri.TryCreate(options.RedirectUri, UriKind.Absolute, out var redirect) || (redirect.Scheme != Uri.UriSchemeHttps && !(redirect.Scheme == Uri.UriSchemeHttp && redirect.IsLoopback)))
        {
            problems.Add($"ODG3003: OneDrive:RedirectUri must be https, or http://localhost / http://127.0.0.1 for a loopback receiver; got '{options.RedirectUri}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Tenant) || options.Tenant.Contains('/', StringComparison.Ordinal))
        {
            problems.Add($"ODG3004: OneDrive:Tenant must be common, organizations, consumers, a tenant ID or a domain; got '{options.Tenant}'.");
        }

        if (!options.ScopeList.Any(s => s.Equals("offline_access", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add("ODG3005: OneDrive:Scopes lacks offline_access, so no refresh token will be issued and the user must sign in again every hour.");
        }

        if (options.RefreshSkew < TimeSpan.Zero || options.RefreshSkew > TimeSpan.FromMinutes(30))
        {
            problems.Add($"ODG3006: OneDrive:RefreshSkew must be between 0 and 30 minutes; got {options.RefreshSkew}.");
        }

        foreach (var origin in options.TrustedTokenOrigins.Where(o => !Http.GraphOrigin.IsValidOrigin(o)))
        {
            problems.Add($"ODG3007: OneDrive:TrustedTokenOrigins must hold origins only (https://host[:port], http only for loopback, nothing after the port); got '{origin}'.");
        }

        return problems;
    }
}
