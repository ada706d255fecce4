using System;
using System.Collections.Generic;
using System.Threading;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The emulator's clock, with waits that take no real time: a timer moves the clock forward by its due time and fires
/// at once. The waits are recorded, so a test can say how long code waited without waiting that long.
/// </summary>
public sealed class VirtualTime(EmulatorClock clock) : TimeProvider
{
    private readonly List<TimeSpan> _waits = new();

    /// <summary>Every wait so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return _waits.ToArray();
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => clock.UtcNow;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_waits)
            {
                _waits.Add(dueTime);
            }

            clock.Advance(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}
