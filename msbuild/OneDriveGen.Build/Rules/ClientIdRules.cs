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
            yield return BuildDiagnostics.ClientIdMissing.At(settings.Project);
            yield break;
        }

        var value = clientId.Value.Trim();
        if (!Guid.TryParseExact(value, "D", out _))
        {
            yield return BuildDiagnostics.ClientIdNotGuid.At(clientId.Location, clientId.Name, value);
        }
        else if (SampleIds.Contains(value))
        {
            yield return BuildDiagnostics.ClientIdPlaceholder.At(clientId.Location, clientId.Name, value);
        }
    }
}
