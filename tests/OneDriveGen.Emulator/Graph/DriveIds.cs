using System.Text.RegularExpressions;

namespace OneDriveGen.Emulator.Graph;

/// <summary>The shapes drive IDs have: 16 hex digits on personal drives, <c>b!</c> and base64url on business ones.</summary>
internal static partial class DriveIds
{
    public static bool IsWellFormed(string id) => Personal().IsMatch(id) || Business().IsMatch(id);

    [GeneratedRegex("^[0-9A-Fa-f]{16}$")]
    private static partial Regex Personal();

    [GeneratedRegex("^b![A-Za-z0-9_-]{20,}$")]
    private static partial Regex Business();
}
