using System;
using System.Text.RegularExpressions;

namespace OneDriveGen.Emulator.Drive;

/// <summary>
/// Which item names a drive refuses: "Restrictions and limitations in OneDrive and SharePoint" (invalid characters,
/// trailing period or space, and on business drives the reserved names .lock, CON, PRN, AUX, NUL, COM0–9,
/// LPT0–9, desktop.ini, anything containing _vti_ or starting with ~$), as 400 invalidRequest.
/// </summary>
internal static partial class DriveNames
{
    private static readonly char[] Invalid = { '/', '\\', '*', '<', '>', '?', ':', '|', '"' };

    public static DriveError? Validate(string name, bool business)
    {
        if (name.Length == 0 || name.IndexOfAny(Invalid) >= 0)
        {
            return DriveError.Invalid($"The name '{name}' contains invalid characters.", "nameContainsInvalidCharacters");
        }

        if (name.EndsWith('.') || name.EndsWith(' ') || name.StartsWith(' '))
        {
            return DriveError.Invalid($"Path ({name}) contains invalid trailing character.", "nameContainsInvalidCharacters");
        }

        if (business && (Reserved().IsMatch(name) || name.Contains("_vti_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("~$", StringComparison.Ordinal)))
        {
            return DriveError.Invalid($"The name '{name}' is reserved.", "nameIsReserved");
        }

        return null;
    }

    [GeneratedRegex("^(\\.lock|CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]|desktop\\.ini)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
