using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Peaks measured inside a benchmark's own process, kept in a file per benchmark so the host process can show them
/// in the summary (<see cref="PeakManagedHeapColumn"/>). The first write of a process starts the file afresh.
/// </summary>
internal static class PeakRecord
{
    private static readonly HashSet<string> Started = new(StringComparer.Ordinal);

    private static string Folder => Path.Combine(Path.GetTempPath(), "odg-benchmark-peaks");

    /// <summary>Records one iteration's peak, in MiB, for <paramref name="type"/>.<paramref name="method"/>.</summary>
    public static void Write(string type, string method, double mib)
    {
        Directory.CreateDirectory(Folder);
        var file = FileOf(type, method);
        if (Started.Add(file))
        {
            File.WriteAllText(file, string.Empty);
        }

        File.AppendAllText(file, mib.ToString("0.0", CultureInfo.InvariantCulture) + "\n");
    }

    /// <summary>The highest recorded peak of the last run of that benchmark, in MiB; null when none was recorded.</summary>
    public static double? Max(string type, string method)
    {
        var file = FileOf(type, method);
        if (!File.Exists(file))
        {
            return null;
        }

        var values = File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? null : values.Max();
    }

    private static string FileOf(string type, string method) => Path.Combine(Folder, $"{type}.{method}.txt");
}
