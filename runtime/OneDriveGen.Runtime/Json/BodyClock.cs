using System;
using System.Diagnostics;
using System.IO;

namespace OneDriveGen.Runtime.Json;

/// <summary>
/// Times the reads of one response body: each read may wait at most the stall timeout, and all of them together the
/// body timeout; one <see cref="StallGuard"/> serves both, armed only while a read waits. The caller awaits the read
/// itself (no async layer per read: that would box a state machine for every read that waits).
/// </summary>
internal sealed class BodyClock : IDisposable
{
    private readonly ResponseLimits _limits;
    private readonly StallGuard _guard;
    private readonly long _started = Stopwatch.GetTimestamp();

    public BodyClock(Stream body, ResponseLimits limits)
    {
        _limits = limits;
        _guard = new StallGuard(body);
    }

    /// <summary>Whether the guard aborted the body, so whatever the read threw means a timeout.</summary>
    public bool Fired => _guard.Fired;

    /// <summary>Checks the body timeout before a read.</summary>
    /// <exception cref="TimeoutException">The body timeout has passed.</exception>
    public void Check()
    {
        if (Left() <= TimeSpan.Zero)
        {
            throw Timeout();
        }
    }

    /// <summary>Gives a read that is waiting the stall timeout, or what is left of the body timeout if less.</summary>
    public void Arm()
    {
        var left = Left();
        _guard.Arm(left < _limits.StallTimeout ? left : _limits.StallTimeout);
    }

    /// <summary>Stops the clock between reads.</summary>
    public void Disarm() => _guard.Disarm();

    private TimeSpan Left() => _limits.BodyTimeout - Stopwatch.GetElapsedTime(_started);

    /// <summary>The timeout that fired, as the exception to throw.</summary>
    public TimeoutException Timeout() => Stopwatch.GetElapsedTime(_started) >= _limits.BodyTimeout
        ? new TimeoutException($"The response body took longer than {_limits.BodyTimeout.TotalSeconds:0} seconds (ResponseLimits.BodyTimeout).")
        : new TimeoutException($"The response body sent nothing for {_limits.StallTimeout.TotalSeconds:0} seconds (ResponseLimits.StallTimeout).");

    public void Dispose() => _guard.Dispose();
}
