using BenchmarkDotNet.Configs;

namespace OneDriveGen.Benchmarks;

/// <summary>Adds the peak-heap column (<see cref="PeakManagedHeapColumn"/>) to a class's summary.</summary>
public class PeakColumnConfig : ManualConfig
{
    public PeakColumnConfig() => AddColumn(new PeakManagedHeapColumn());
}
