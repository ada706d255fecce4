using System;
using System.Threading;

namespace OneDriveGen.Emulator.Content;

/// <summary>A resumable upload in progress: where the file goes, what has arrived, until when it lives.</summary>
internal sealed class UploadSession
{
    public UploadSession(string id, string tempPath, DateTimeOffset now)
    {
        Id = id;
        TempPath = tempPath;
        HardExpiresAt = now.AddHours(24);
    }

    public string Id { get; }

    public string TempPath { get; }

    /// <summary>The file to replace, for a session on an existing item.</summary>
    public string? ExistingItemId { get; init; }

    /// <summary>The drive the file goes to: the one of the account that created the session.</summary>
    public required Drive.DriveStore Drive { get; init; }

    public string? ParentId { get; init; }

    public string? Name { get; init; }

    public Drive.ConflictBehavior Conflict { get; init; }

    public long? DeclaredSize { get; init; }

    /// <summary>createUploadSession's deferCommit: the last byte does not commit; an explicit commit does.</summary>
    public bool DeferCommit { get; init; }

    /// <summary>Every byte has arrived (the session waits for a commit, or its commit failed).</summary>
    public bool IsComplete => Total is { } total && Received == total;

    /// <summary>The total length every Content-Range must carry, fixed by the first fragment.</summary>
    public long? Total { get; set; }

    /// <summary>Bytes received so far, from offset 0 (fragments are sequential).</summary>
    public long Received { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The pre-authentication embedded in the URL expires after 24 hours whatever happens.</summary>
    public DateTimeOffset HardExpiresAt { get; }

    /// <summary>One fragment at a time.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);
}
