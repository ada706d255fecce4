using System;
using System.Text.RegularExpressions;

namespace OneDriveGen.Emulator.Identity;

/// <summary>Which tenants exist, and which apps may sign in through which tenant.</summary>
internal static partial class TenantRules
{
    public static bool IsKnownTenant(string tenant) =>
        tenant is "common" or "organizations" or "consumers" || Guid.TryParse(tenant, out _) || DomainPattern().IsMatch(tenant);

    /// <summary>The tenant ID personal Microsoft accounts belong to.</summary>
    public const string ConsumersTenantId = "9188040d-6c67-4c5b-b112-36a304b66dad";

    /// <summary>
    /// The AADSTS code and message when <paramref name="app"/> may not sign in through <paramref name="tenant"/>, else
    /// null: the signInAudience × tenant table of "Validation differences by supported account types" with the codes
    /// of "Microsoft Entra authentication and authorization error codes" (50194, 9002332) and the captured 9002331
    /// and 9002346. Applied at the authorize and the token endpoint alike.
    /// </summary>
    public static (int Code, string Message)? AudienceError(AppRegistration app, string tenant)
    {
        var segment = tenant.ToLowerInvariant();
        var name = $"Application '{app.ClientId}'({app.DisplayName})";
        return (app.SignInAudience, segment) switch
        {
            ("AzureADMyOrg", "common" or "organizations") => (50194, $"{name} is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant."),
            ("AzureADMyOrg" or "AzureADMultipleOrgs", "consumers" or ConsumersTenantId) => (9002332, $"{name} is configured for use by Microsoft Entra users only. Please do not use the /consumers endpoint to serve this request."),
            ("PersonalMicrosoftAccount", "common") => (9002331, $"{name} is configured for use by Microsoft Account users only. Please use the /consumers endpoint to serve this request."),
            ("PersonalMicrosoftAccount", not ("consumers" or ConsumersTenantId)) => (9002346, $"{name} is configured for use by Microsoft Account users only. Please use the /consumers endpoint to serve this request."),
            _ => null,
        };
    }

    [GeneratedRegex("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$")]
    private static partial Regex DomainPattern();
}
