using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Cold start: the three programs of tests/OneDriveGen.ColdStart, each one thumbnails call, run as fresh processes
/// against the emulator (its own process). Wall time is BenchmarkDotNet's; peak resident memory comes from
/// /usr/bin/time and is printed at the end with each program's published size: as the benchmark publishes it
/// (no symbols, the same for all three) and as <c>dotnet publish -c Release</c> does by default (with the app's
/// portable PDB, in which Roslyn embeds the generated source).
/// </summary>
[Config(typeof(ColdStartJobConfig))]
public class ColdStartBenchmarks
{
    private readonly List<long> _peaksKb = new();
    private EmulatorProcess _emulator = null!;
    private Dictionary<string, string> _environment = null!;

    [Params("HandWritten", "OneDriveGenApp", "MicrosoftGraphApp")]
    public string Program { get; set; } = "HandWritten";

    private string Published => Path.Combine(RepositoryRoot.Path, "tests", "OneDriveGen.ColdStart", "bin", "publish", Program);

    private string PublishedWithSymbols => Published + "-with-symbols";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var project = Path.Combine(RepositoryRoot.Path, "tests", "OneDriveGen.ColdStart", Program, Program + ".csproj");
        foreach (var (folder, extra) in new[] { (Published, "-p:DebugType=none"), (PublishedWithSymbols, "-p:DebugType=portable") })
        {
            var (exit, output) = DotnetProcess.Run(RepositoryRoot.Path, new[] { "publish", project, "-c", "Release", "-o", folder, extra });
            if (exit != 0)
            {
                throw new InvalidOperationException("publish failed:\n" + output);
            }
        }

        _emulator = await EmulatorProcess.StartAsync(seeded: true);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.AccessToken);
        string Id(string json) => JsonDocument.Parse(json).RootElement.GetProperty("id").GetString()!;
        _environment = new Dictionary<string, string>
        {
            ["ODG_GRAPH"] = _emulator.GraphBaseUrl,
            ["ODG_TOKEN"] = _emulator.AccessToken,
            ["ODG_DRIVE"] = Id(await http.GetStringAsync(_emulator.GraphBaseUrl + "/me/drive")),
            ["ODG_ITEM"] = Id(await http.GetStringAsync(_emulator.GraphBaseUrl + "/me/drive/root:/Pictures/BritishShorthair.jpg")),
        };
    }

    [Benchmark(Description = "fresh process: one thumbnails call")]
    public void RunOnce()
    {
        var peakFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-f", "%M", "-o", peakFile, "dotnet", Path.Combine(Published, Program + ".dll") })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || printed.Trim() != "176")
        {
            throw new InvalidOperationException($"{Program} exited {process.ExitCode} printing '{printed.Trim()}'");
        }

        _peaksKb.Add(long.Parse(File.ReadAllLines(peakFile).Last(l => l.Length > 0), System.Globalization.CultureInfo.InvariantCulture));
        File.Delete(peakFile);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _emulator.Dispose();
        var sorted = _peaksKb.OrderBy(p => p).ToList();
        static double MiB(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;
        Console.WriteLine($"// COLD-START {Program}: median peak RSS {sorted[sorted.Count / 2] / 1024.0:0.0} MiB over {sorted.Count} runs; published size {MiB(Published):0.00} MiB, {MiB(PublishedWithSymbols):0.00} MiB with the default portable PDB");
    }
}
