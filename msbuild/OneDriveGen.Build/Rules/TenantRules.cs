using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace OneDriveGen.Build.Rules;

/// <summary>ODG2010: the tenant segment of the authority is one the identity platform accepts.</summary>
internal static class TenantRules
{
    private static readonly Regex DomainName = new(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        var tenant = settings.Tenant;
        if (tenant.IsBlank)
        {
            yield break; // defaults to 'common'
        }

        var value = tenant.Value.Trim();
        var known = value.Equals("common", StringComparison.OrdinalIgnoreCase)
            || value.Equals("organizations", StringComparison.OrdinalIgnoreCase)
            || value.Equals("consumers", StringComparison.OrdinalIgnoreCase)
            || Guid.TryParseExact(value, "D", out _)
            || DomainName.IsMatch(value);
        if (!known)
        {
            yield return BuildDiagnostics.TenantNotAccepted.At(tenant.Location, tenant.Name, value);
        }
    }
}
