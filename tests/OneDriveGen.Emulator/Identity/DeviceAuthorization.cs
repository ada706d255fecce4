using System;
using System.Collections.Generic;

namespace OneDriveGen.Emulator.Identity;

/// <summary>Where a device authorization stands: the user has not acted yet, approved, declined; or it was redeemed.</summary>
internal enum DeviceAuthorizationStatus
{
    Pending,
    Approved,
    Declined,
    Redeemed,
}

/// <summary>
/// One device authorization (RFC 8628): the device code the client polls with, the user code the user types at the
/// verification page, and what the user did there.
/// </summary>
internal sealed class DeviceAuthorization
{
    public DeviceAuthorization(string deviceCode, string userCode, string clientId, string tenant, IReadOnlyList<string> scopes, DateTimeOffset expiresAt, int interval)
    {
        DeviceCode = deviceCode;
        UserCode = userCode;
        ClientId = clientId;
        Tenant = tenant;
        Scopes = scopes;
        ExpiresAt = expiresAt;
        Interval = interval;
    }

    public string DeviceCode { get; }

    public string UserCode { get; }

    public string ClientId { get; }

    public string Tenant { get; }

    public IReadOnlyList<string> Scopes { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Seconds the client must wait between polls; slow_down adds 5 (RFC 8628 §3.5).</summary>
    public int Interval { get; set; }

    public DeviceAuthorizationStatus Status { get; set; }

    /// <summary>The account the user signed in with at the verification page.</summary>
    public string Account { get; set; } = string.Empty;

    /// <summary>When the client last polled, to tell a too-fast poll (slow_down).</summary>
    public DateTimeOffset? LastPoll { get; set; }

    /// <summary>How many polls were answered slow_down.</summary>
    public int SlowDowns { get; set; }

    /// <summary>How many polls were answered authorization_pending.</summary>
    public int PendingPolls { get; set; }
}
