namespace OneDriveGen.Runtime.Drive;

/// <summary>How far a transfer is.</summary>
/// <param name="BytesTransferred">Bytes done so far.</param>
/// <param name="TotalBytes">The whole size, when known.</param>
public readonly record struct TransferProgress(long BytesTransferred, long? TotalBytes);
