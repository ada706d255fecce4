using System;
using System.Collections.Generic;
using System.Security.Cryptography;

namespace OneDriveGen.Emulator.Identity;

/// <summary>The device authorizations in flight, by device code and by user code.</summary>
internal sealed class DeviceCodes
{
    // No 0/O or 1/I: the user types the code from another screen.
    private const string UserCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly object _gate = new();
    private readonly Dictionary<string, DeviceAuthorization> _byDeviceCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceAuthorization> _byUserCode = new(StringComparer.OrdinalIgnoreCase);

    public DeviceAuthorization Issue(string clientId, string tenant, IReadOnlyList<string> scopes, DateTimeOffset expiresAt, int interval)
    {
        lock (_gate)
        {
            string userCode;
            do
            {
                userCode = RandomNumberGenerator.GetString(UserCodeAlphabet, 9);
            }
            while (_byUserCode.ContainsKey(userCode));

            var authorization = new DeviceAuthorization("DAQABAAEAAA" + RandomNumberGenerator.GetHexString(96, lowercase: true), userCode, clientId, tenant, scopes, expiresAt, interval);
            _byDeviceCode[authorization.DeviceCode] = authorization;
            _byUserCode[userCode] = authorization;
            return authorization;
        }
    }

    public DeviceAuthorization? ByDeviceCode(string deviceCode)
    {
        lock (_gate)
        {
            return _byDeviceCode.GetValueOrDefault(deviceCode);
        }
    }

    /// <summary>The authorization a user code names; spaces and dashes as people type them are ignored.</summary>
    public DeviceAuthorization? ByUserCode(string userCode)
    {
        var typed = userCode.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        lock (_gate)
        {
            return _byUserCode.GetValueOrDefault(typed);
        }
    }

    /// <summary>Runs <paramref name="change"/> under the store's lock, so a poll and the page never race.</summary>
    public T Update<T>(DeviceAuthorization authorization, Func<DeviceAuthorization, T> change)
    {
        lock (_gate)
        {
            return change(authorization);
        }
    }
}
