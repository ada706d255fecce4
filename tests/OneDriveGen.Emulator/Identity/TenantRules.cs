using System;
using System.Text.RegularExpressions;

namespace OneDriveGen.Emulator.Identity;

/// <summary>Which tenants exist, and which apps may sign in through which tenant.</summary>
internal static partial class TenantRules
{
    public static bool IsKnownTenant(string tenant) =>
        tenant is "common" or "organizations" or "consumers" || Guid.TryParse(tenant, out _) || DomainPattern().IsMatch(tenant);

    /// <summary>The AADSTS code and message when <paramref name="app"/> may not sign in through <paramref name="tenant"/>, else null.</summary>
    public static (int Code, string Message)? AudienceError(AppRegistration app, string tenant) => (app.SignInAudience, tenant) switch
    {
        ("AzureADMyOrg", "common" or "consumers") => (50194, $"Application '{app.ClientId}'({app.DisplayName}) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant."),
        ("AzureADMultipleOrgs", "consumers") => (9002332, $"Application '{app.ClientId}'({app.DisplayName}) is configured for use by Microsoft Entra users only. Please do not use the /consumers endpoint to serve this request."),
        ("PersonalMicrosoftAccount", not ("common" or "consumers")) => (9002346, $"Application '{app.ClientId}'({app.DisplayName}) is configured for use by Microsoft Account users only. Please use the /consumers endpoint to serve this request."),
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$")]
    private static partial Regex DomainPattern();
}
