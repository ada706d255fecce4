using System.Net;
using System;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// The delta token is no longer usable (410 resyncRequired): enumerate again from <see cref="RestartUrl"/> and
/// reconcile local state with what comes back, deletions included.
/// </summary>
public sealed class DeltaResyncRequiredException : OneDriveException
{
    /// <summary>Creates the exception.</summary>
    public DeltaResyncRequiredException(string? restartUrl, Exception inner)
        : base("resyncRequired", "The delta token expired (410 resyncRequired): enumerate the drive again from the restart URL and reconcile.", HttpStatusCode.Gone, innerException: inner)
    {
        RestartUrl = restartUrl;
    }

    /// <summary>Where the service says to start again (its Location header), when it sent one.</summary>
    public string? RestartUrl { get; }
}
