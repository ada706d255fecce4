namespace OneDriveGen.Emulator.Content;

/// <summary>A copy reported through its monitor URL: done at once, reported in progress for a few polls.</summary>
internal sealed class CopyOperation
{
    public CopyOperation(string? resourceId, string? errorCode)
    {
        ResourceId = resourceId;
        ErrorCode = errorCode;
    }

    /// <summary>The new item's ID, when the copy succeeded.</summary>
    public string? ResourceId { get; }

    /// <summary>Why the copy failed, when it did.</summary>
    public string? ErrorCode { get; }

    public int Polls { get; set; }
}
