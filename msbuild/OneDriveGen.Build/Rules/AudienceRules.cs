using System;
using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2011, ODG2035, ODG2041, ODG2055, ODG2056, ODG2067: what the sign-in audience allows. Personal Microsoft
/// accounts (OneDrive personal) bring stricter limits than work and school accounts.
/// </summary>
internal static class AudienceRules
{
    // The consumer tenant: the only tenant GUID a personal-accounts-only app may name.
    private const string ConsumersTenantId = "9188040d-6c67-4c5b-b112-36a304b66dad";

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        foreach (var finding in CheckAudienceAgainstTenant(settings))
        {
            yield return finding;
        }

        var personal = settings.AdmitsPersonalAccounts;
        foreach (var redirect in settings.RedirectUris.Where(r => personal && r.Value.IndexOf('?') >= 0))
        {
            yield return BuildDiagnostics.RedirectQuery.At(redirect.Location, redirect.Value.Trim());
        }

        var limit = personal ? 100 : 256;
        if (settings.RedirectUris.Count > limit)
        {
            yield return BuildDiagnostics.TooManyRedirects.At(settings.RedirectUris[limit].Location, settings.RedirectUris.Count, limit, (personal ? " when personal accounts can sign in" : string.Empty));
        }

        foreach (var scope in settings.ScopeList())
        {
            if (personal && (IsSelectedFilesScope(scope) || scope.StartsWith("Sites.", StringComparison.OrdinalIgnoreCase)))
            {
                yield return BuildDiagnostics.WorkOnlyScope.At(settings.Scopes.Location, scope);
            }

            if (settings.AdmitsOnlyWorkAccounts && scope.Equals("Files.ReadWrite.AppFolder", StringComparison.OrdinalIgnoreCase))
            {
                yield return BuildDiagnostics.AppFolderForWork.At(settings.Scopes.Location);
            }
        }

        foreach (var config in settings.ConfigFiles.Where(c => personal && c.ClientCredentialSecrets > 2 && c.ClientCredentials is not null))
        {
            yield return BuildDiagnostics.TooManySecretsForPersonal.At(config.ClientCredentials!.Value, config.ClientCredentialSecrets);
        }
    }

    private static IEnumerable<Finding> CheckAudienceAgainstTenant(AppRegistrationSettings settings)
    {
        var stated = settings.SignInAudience;
        if (stated.IsBlank)
        {
            yield break;
        }

        if (settings.Audience is not { } audience)
        {
            yield return BuildDiagnostics.UnknownSignInAudience.At(stated.Location, stated.Name, stated.Value.Trim(), SignInAudienceNames.Known);
            yield break;
        }

        var tenant = settings.Tenant.IsBlank ? "common" : settings.Tenant.Value.Trim();
        var where = settings.Tenant.IsBlank ? stated.Location : settings.Tenant.Location;
        var problem = Problem(audience, tenant);
        if (problem is not null)
        {
            yield return BuildDiagnostics.TenantDoesNotFitAudience.At(where, tenant, audience, problem);
        }
    }

    private static string? Problem(SignInAudience audience, string tenant)
    {
        var isCommon = tenant.Equals("common", StringComparison.OrdinalIgnoreCase);
        var isOrganizations = tenant.Equals("organizations", StringComparison.OrdinalIgnoreCase);
        var isConsumers = tenant.Equals("consumers", StringComparison.OrdinalIgnoreCase);
        return audience switch
        {
            SignInAudience.AzureADMyOrg when isCommon => "a single-tenant app must use its own tenant ID or domain (AADSTS50194).",
            SignInAudience.AzureADMyOrg when isOrganizations => "a single-tenant app must use its own tenant ID or domain, not 'organizations'.",
            SignInAudience.AzureADMyOrg or SignInAudience.AzureADMultipleOrgs when isConsumers => "the app admits work and school accounts only, so /consumers is refused (AADSTS9002332); use 'organizations' or a tenant.",
            SignInAudience.PersonalMicrosoftAccount when !isConsumers && !tenant.Equals(ConsumersTenantId, StringComparison.OrdinalIgnoreCase) =>
                "an app for personal Microsoft accounts only must use 'consumers' (AADSTS9002331).",
            _ => null,
        };
    }

    private static bool IsSelectedFilesScope(string scope) =>
        scope.StartsWith("Files.", StringComparison.OrdinalIgnoreCase) && scope.EndsWith(".Selected", StringComparison.OrdinalIgnoreCase);
}
