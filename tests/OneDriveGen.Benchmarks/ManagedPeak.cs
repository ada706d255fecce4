using System;
using System.Threading;

namespace OneDriveGen.Benchmarks;

/// <summary>Samples the managed heap every few milliseconds while a transfer runs and keeps its peak above the start.</summary>
internal sealed class ManagedPeak : IDisposable
{
    private readonly long _start;
    private readonly Thread _sampler;
    private volatile bool _stop;
    private long _peak;

    public ManagedPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _start = GC.GetTotalMemory(forceFullCollection: true);
        _peak = _start;
        _sampler = new Thread(() =>
        {
            while (!_stop)
            {
                var now = GC.GetTotalMemory(false);
                if (now > Interlocked.Read(ref _peak))
                {
                    Interlocked.Exchange(ref _peak, now);
                }

                Thread.Sleep(2);
            }
        }) { IsBackground = true };
        _sampler.Start();
    }

    /// <summary>The highest managed heap seen, above what it was when sampling started, in MiB.</summary>
    public double PeakAboveStartMiB => (Interlocked.Read(ref _peak) - _start) / 1048576.0;

    public void Dispose()
    {
        _stop = true;
        _sampler.Join();
    }
}
