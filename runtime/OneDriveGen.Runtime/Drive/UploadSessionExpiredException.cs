using System;

namespace OneDriveGen.Runtime.Drive;

/// <summary>The upload session is gone (expired, cancelled, or never existed): start a new upload.</summary>
public sealed class UploadSessionExpiredException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UploadSessionExpiredException()
        : base("The upload session was not found: it expired or was cancelled. Start the upload again.")
    {
    }
}
