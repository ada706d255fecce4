using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The peak-heap column, and one launch, one warm-up and five measured iterations of the monitoring strategy (each
/// iteration one whole transfer), except in a <c>--smoke</c> run, where the command line's Dry job is the only one.
/// </summary>
public sealed class MonitoredJobConfig : PeakColumnConfig
{
    public MonitoredJobConfig()
    {
        if (!Program.IsSmokeRun)
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
        }
    }
}
