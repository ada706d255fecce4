using System;
using System.Net;

namespace OneDriveGen.Runtime;

/// <summary>
/// The base of every exception OneDriveGen's runtime throws for a OneDrive or identity-platform outcome, so one
/// <c>catch</c> handles them all and logs what support asks for: the service's code, the HTTP status and the
/// request ID, where there is one. Never carries a token or a secret. (Errors of Graph calls made through the
/// generated client are the spec's error model, a Kiota <c>ApiException</c>.)
/// </summary>
public abstract class OneDriveException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected OneDriveException(string code, string message, HttpStatusCode? statusCode = null, string? requestId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    /// <summary>
    /// What went wrong, to branch on: the service's code where it sent one (<c>AADSTS70008</c>, <c>invalid_grant</c>,
    /// <c>access_denied</c>, <c>resyncRequired</c>), else a fixed code of this library (<c>notSignedIn</c>).
    /// </summary>
    public string Code { get; }

    /// <summary>The HTTP status of the answer that failed, when the failure was an answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The service's ID of the request (the identity platform's trace ID), to quote to support.</summary>
    public string? RequestId { get; }
}
