using System.Net;
using System;

namespace OneDriveGen.Runtime.Drive;

/// <summary>The upload session is gone (expired, cancelled, or never existed): start a new upload.</summary>
public sealed class UploadSessionExpiredException : OneDriveException
{
    /// <summary>Creates the exception.</summary>
    public UploadSessionExpiredException()
        : base("itemNotFound", "The upload session was not found: it expired or was cancelled. Start the upload again.", HttpStatusCode.NotFound)
    {
    }
}
