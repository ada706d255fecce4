using System;
using System.Collections.Generic;

namespace OneDriveGen.Build.Rules;

/// <summary>ODG2001–ODG2003: the application (client) ID is present, a GUID, and not a documentation sample.</summary>
internal static class ClientIdRules
{
    private static readonly HashSet<string> SampleIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "00000000-0000-0000-0000-000000000000",
        "00001111-aaaa-2222-bbbb-3333cccc4444",
        "11112222-bbbb-3333-cccc-4444dddd5555",
    };

    public static IEnumerable<Finding> Check(AppRegistrationSettings settings)
    {
        var clientId = settings.ClientId;
        if (clientId.IsBlank)
        {
            yield return new Finding("ODG2001", Severity.Error, "OneDriveClientId is not set: copy the 'Application (client) ID' of the app registration into it.", settings.Project);
            yield break;
        }

        var value = clientId.Value.Trim();
        if (!Guid.TryParseExact(value, "D", out _))
        {
            yield return new Finding("ODG2002", Severity.Error, $"{clientId.Name} '{value}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the 'Application (client) ID', not the object ID or the display name.", clientId.Location);
        }
        else if (SampleIds.Contains(value))
        {
            yield return new Finding("ODG2003", Severity.Warning, $"{clientId.Name} '{value}' is a placeholder from the documentation, not a registered app.", clientId.Location);
        }
    }
}
