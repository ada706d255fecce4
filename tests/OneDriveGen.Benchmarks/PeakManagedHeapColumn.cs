using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The highest managed-heap peak above its start over a benchmark's iterations (sampled by <see cref="ManagedPeak"/>
/// and kept by <see cref="PeakRecord"/>), and its ratio to the baseline of the same category.
/// </summary>
public sealed class PeakManagedHeapColumn : IColumn
{
    public string Id => nameof(PeakManagedHeapColumn);

    public string ColumnName => "Peak managed heap (ratio)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Highest managed heap above its start while an iteration ran (sampled every 2 ms), and its ratio to the category's baseline";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var peak = PeakOf(benchmarkCase);
        if (peak is null)
        {
            return "-";
        }

        var category = string.Join(",", benchmarkCase.Descriptor.Categories);
        var baseline = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Baseline && c.Descriptor.Type == benchmarkCase.Descriptor.Type && string.Join(",", c.Descriptor.Categories) == category);
        var baselinePeak = baseline is null ? null : PeakOf(baseline);
        var ratio = baselinePeak is > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({peak.Value / baselinePeak.Value:0.00})") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{peak.Value:0.0} MiB{ratio}");
    }

    private static double? PeakOf(BenchmarkCase benchmarkCase) =>
        PeakRecord.Max(benchmarkCase.Descriptor.Type.Name, benchmarkCase.Descriptor.WorkloadMethod.Name);
}
