namespace OneDriveGen.Emulator.Drive;

/// <summary>
/// If-Match and If-None-Match on writes, as the driveItem pages document them ("Upload small files", "Update",
/// "Delete", "createUploadSession"): If-Match must name the item's eTag or cTag (or be *), If-None-Match must not;
/// otherwise 412. A folder has no cTag to match.
/// </summary>
internal static class Preconditions
{
    public static DriveError? Check(string? ifMatch, string? ifNoneMatch, DriveItemNode? current)
    {
        if (!string.IsNullOrEmpty(ifMatch) && (current is null || (ifMatch != "*" && !Names(ifMatch, current))))
        {
            return DriveError.PreconditionFailed;
        }

        if (!string.IsNullOrEmpty(ifNoneMatch) && current is not null && (ifNoneMatch == "*" || Names(ifNoneMatch, current)))
        {
            return DriveError.PreconditionFailed;
        }

        return null;
    }

    private static bool Names(string tag, DriveItemNode node) => tag == node.ETag || (!node.IsFolder && tag == node.CTag);
}
