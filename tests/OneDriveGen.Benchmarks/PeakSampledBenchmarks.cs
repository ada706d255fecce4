using BenchmarkDotNet.Attributes;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Transfer benchmarks whose client-side managed heap is sampled during every iteration (<see cref="ManagedPeak"/>)
/// and shown in the summary by <see cref="PeakManagedHeapColumn"/> (a derived class adds <see cref="PeakColumnConfig"/>).
/// Each benchmark method names itself first with <see cref="Running"/>, since BenchmarkDotNet does not tell
/// iteration hooks which benchmark they belong to.
/// </summary>
public abstract class PeakSampledBenchmarks
{
    private ManagedPeak? _peak;
    private string _running = string.Empty;

    [IterationSetup]
    public void StartSampling() => _peak = new ManagedPeak();

    [IterationCleanup]
    public void StopSampling()
    {
        _peak!.Dispose();
        PeakRecord.Write(GetType().Name, _running, _peak.PeakAboveStartMiB);
    }

    /// <summary>Names the benchmark method now running, for its peak record.</summary>
    protected void Running(string benchmarkMethod) => _running = benchmarkMethod;
}
