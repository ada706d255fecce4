using System.Collections.Generic;

namespace OneDriveGen.Runtime.Drive;

/// <summary>What became of one file of a folder transfer.</summary>
public enum FileOutcome
{
    /// <summary>Copied.</summary>
    Transferred,

    /// <summary>Already the same on both sides: nothing sent.</summary>
    Skipped,

    /// <summary>Not copied; <see cref="FolderTransferResult.Failures"/> says why.</summary>
    Failed,
}

/// <summary>
/// A folder transfer as it goes: files and bytes done out of the totals, and the file that just finished (for
/// per-file lines), if one did.
/// </summary>
/// <param name="FilesDone">Files finished, whatever their outcome.</param>
/// <param name="FilesTotal">Files in the transfer.</param>
/// <param name="BytesDone">Bytes copied so far.</param>
/// <param name="BytesTotal">Bytes of every file in the transfer; a file found unchanged counts as done.</param>
/// <param name="FinishedFile">The path (relative, with /) of the file that just finished, or null.</param>
/// <param name="Outcome">What became of <paramref name="FinishedFile"/>.</param>
public readonly record struct FolderProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, string? FinishedFile, FileOutcome? Outcome);

/// <summary>A file a folder transfer could not copy, and why; the others were copied all the same.</summary>
/// <param name="Path">Its path relative to the folder, with /.</param>
/// <param name="Reason">What went wrong, or which name rule refused it.</param>
public sealed record FolderTransferFailure(string Path, string Reason);

/// <summary>A file that was written under another name than the service's, because the local disk refuses that one.</summary>
/// <param name="RemotePath">Its path on OneDrive.</param>
/// <param name="LocalPath">Where it was written.</param>
/// <param name="Reason">The rule that renamed it.</param>
public sealed record FolderNameChange(string RemotePath, string LocalPath, string Reason);

/// <summary>The outcome of a folder transfer: every file is in exactly one of the three lists.</summary>
/// <param name="Transferred">Files copied (relative paths).</param>
/// <param name="Skipped">Files already the same on both sides.</param>
/// <param name="Failures">Files not copied, with the reason.</param>
/// <param name="Renamed">Downloads written under a name the local disk accepts.</param>
/// <param name="BytesTransferred">Bytes copied.</param>
public sealed record FolderTransferResult(
    IReadOnlyList<string> Transferred,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<FolderTransferFailure> Failures,
    IReadOnlyList<FolderNameChange> Renamed,
    long BytesTransferred)
{
    /// <summary>Whether every file was copied or already the same.</summary>
    public bool Succeeded => Failures.Count == 0;
}
