using System;

namespace OneDriveGen.Runtime.Requests;

/// <summary>What an endpoint does beyond a plain request and response, as declared in the spec.</summary>
[Flags]
public enum EndpointBehaviors
{
    /// <summary>A plain request and response.</summary>
    None = 0,

    /// <summary>Answers 302 with a pre-authenticated URL on another host; never send Authorization there.</summary>
    RedirectsToContent = 1,

    /// <summary>Answers 202 with a monitor URL to poll (without Authorization) until the work completes.</summary>
    LongRunning = 2,

    /// <summary>Returns a page of a collection and an <c>@odata.nextLink</c> to follow verbatim.</summary>
    Paged = 4,

    /// <summary>Returns changes and, on the last page, an <c>@odata.deltaLink</c> to keep.</summary>
    Delta = 8,
}
