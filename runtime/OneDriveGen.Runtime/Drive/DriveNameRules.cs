using System;
using System.IO;
using System.Linq;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// Names legal on one side and not on the other (docs/drive-operations.md, "Folder transfers"). Uploads: a name
/// OneDrive refuses is not sent and is reported, never changed behind the user's back. Downloads: a name the local
/// disk refuses is written with a trailing <c>_</c> and reported as renamed.
/// </summary>
internal static class DriveNameRules
{
    // "Restrictions and limitations in OneDrive and SharePoint": these characters, and a trailing space or period.
    private static readonly char[] OneDriveInvalid = { '"', '*', ':', '<', '>', '?', '/', '\\', '|' };

    private static readonly string[] WindowsReserved =
    {
        "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Why OneDrive would refuse <paramref name="name"/> as a file or folder name, or null.</summary>
    public static string? OneDriveRefuses(string name)
    {
        if (name.IndexOfAny(OneDriveInvalid) is var at and >= 0)
        {
            return $"OneDrive does not allow '{name[at]}' in names; rename it locally";
        }

        if (name.Length > 0 && (name[^1] == '.' || char.IsWhiteSpace(name[^1]) || char.IsWhiteSpace(name[0])))
        {
            return "OneDrive does not allow a name to start or end with a space or end with a period; rename it locally";
        }

        return name.Length > 400 ? "OneDrive allows names of at most 400 characters" : null;
    }

    /// <summary>
    /// Why a name from the service cannot be a file or folder name here at all (<c>..</c>, a character this platform
    /// refuses in names, such as <c>\</c> on Windows, which would otherwise act as a separator), or null. The service
    /// never sends such names; one that arrives is not written anywhere.
    /// </summary>
    public static string? LocalDiskRefuses(string remoteName) =>
        remoteName is "." or ".." || remoteName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            ? $"'{remoteName}' is not a file name this disk can hold"
            : null;

    /// <summary>
    /// The name to write <paramref name="remoteName"/> under on this machine, and why it differs (null when it does
    /// not): on Windows, reserved device names and a trailing period or space get a trailing <c>_</c>.
    /// </summary>
    public static (string Name, string? Reason) ForLocalDisk(string remoteName)
    {
        if (!OperatingSystem.IsWindows())
        {
            return (remoteName, null);
        }

        var stem = Path.GetFileNameWithoutExtension(remoteName);
        if (WindowsReserved.Contains(stem.TrimEnd(), StringComparer.OrdinalIgnoreCase))
        {
            return (stem + "_" + Path.GetExtension(remoteName), $"'{stem}' is a reserved device name on Windows");
        }

        if (remoteName.EndsWith('.') || remoteName.EndsWith(' '))
        {
            return (remoteName + "_", "Windows drops a trailing period or space");
        }

        return (remoteName, null);
    }
}
