using System;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// The file changed on the server during a resumed download (its eTag differs), so the bytes already written are of
/// another version: nothing was stitched together. Download it again from the start.
/// </summary>
public sealed class FileChangedException : OneDriveException
{
    /// <summary>Creates the exception.</summary>
    public FileChangedException(string itemId, string? expectedETag, string? actualETag)
        : base("resourceModified", $"Item '{itemId}' changed on the server during the download (eTag {expectedETag} became {actualETag}); download it again from the start.")
    {
        ItemId = itemId;
        ExpectedETag = expectedETag;
        ActualETag = actualETag;
    }

    /// <summary>The item's ID.</summary>
    public string ItemId { get; }

    /// <summary>The eTag the download started with.</summary>
    public string? ExpectedETag { get; }

    /// <summary>The eTag the server answered on resume.</summary>
    public string? ActualETag { get; }
}
