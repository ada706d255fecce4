using System;
using System.Threading;

namespace OneDriveGen.Emulator.Hosting;

/// <summary>
/// The emulator's time: real time plus an offset that tests move forward, so codes, access tokens, refresh
/// tokens, upload sessions and download links can expire without waiting.
/// </summary>
public sealed class EmulatorClock
{
    private long _offsetTicks;

    /// <summary>The current emulated time.</summary>
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves emulated time forward.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public void Advance(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "Time only moves forward.");
        }

        Interlocked.Add(ref _offsetTicks, duration.Ticks);
    }
}
