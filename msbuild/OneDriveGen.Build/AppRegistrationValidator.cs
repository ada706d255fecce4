using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Build.Rules;

namespace OneDriveGen.Build;

/// <summary>Runs every rule over the settings; pure, so each rule is testable without MSBuild.</summary>
internal static class AppRegistrationValidator
{
    public static IReadOnlyList<Finding> Validate(AppRegistrationSettings settings) =>
        ClientIdRules.Check(settings)
            .Concat(TenantRules.Check(settings))
            .Concat(AuthorityRules.Check(settings))
            .Concat(RedirectUriRules.Check(settings))
            .Concat(ClientTypeRules.Check(settings))
            .Concat(DeviceCodeRules.Check(settings))
            .Concat(AudienceRules.Check(settings))
            .Concat(ConfigConflictRules.Check(settings))
            .Concat(ScopeRules.Check(settings))
            .Concat(ScopeShapeRules.Check(settings))
            .Concat(EndpointScopeRules.Check(settings))
            .Concat(SecretRules.Check(settings))
            .Concat(settings.ConfigFiles.Select(c => c.ReadError).OfType<Finding>())
            .ToList();
}
