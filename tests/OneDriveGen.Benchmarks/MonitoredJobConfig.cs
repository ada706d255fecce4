using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// One launch, one warm-up and a few measured iterations of the monitoring strategy (each iteration one whole
/// transfer or process), except in a <c>--smoke</c> run, where the command line's Dry job is the only one.
/// </summary>
public abstract class MonitoredJobConfig : ManualConfig
{
    protected MonitoredJobConfig(int iterations)
    {
        if (!Program.IsSmokeRun)
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(iterations));
        }
    }
}

/// <summary>Five monitored iterations and the peak-heap column: the head-to-head transfers.</summary>
public sealed class TransferJobConfig : MonitoredJobConfig
{
    public TransferJobConfig()
        : base(5) => AddColumn(new PeakManagedHeapColumn());
}

/// <summary>Nine monitored iterations and the median (the issue compares medians of fresh processes): cold start.</summary>
public sealed class ColdStartJobConfig : MonitoredJobConfig
{
    public ColdStartJobConfig()
        : base(9) => AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
}
