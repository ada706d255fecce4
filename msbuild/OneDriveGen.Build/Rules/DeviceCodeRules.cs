using System;
using System.Collections.Generic;

namespace OneDriveGen.Build.Rules;

/// <summary>
/// ODG2044, ODG2045: an app that uses the device code flow ("OAuth 2.0 device authorization grant") is a public
/// client whose registration allows public client flows; otherwise every sign-in fails at the identity platform.
/// </summary>
internal static class DeviceCodeRules
{
    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        if (!IsTrue(settings.DeviceCodeFlow))
        {
            yield break;
        }

        if (!settings.IsPublicClient)
        {
            yield return BuildDiagnostics.DeviceCodeNeedsPublicClient.At(settings.ClientType.IsBlank ? settings.DeviceCodeFlow.Location : settings.ClientType.Location);
        }
        else if (!IsTrue(settings.AllowPublicClientFlows))
        {
            yield return BuildDiagnostics.DeviceCodeNeedsPublicClientFlows.At(settings.AllowPublicClientFlows.IsBlank ? settings.DeviceCodeFlow.Location : settings.AllowPublicClientFlows.Location);
        }
    }

    private static bool IsTrue(Setting setting) => setting.Value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
}
