using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// How long a test waits for an emulator: StartAsync (two Kestrel hosts, seeded drive) until both listen, plus
/// DisposeAsync. Baseline: the same with an empty drive, so the seeding cost shows separately.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class EmulatorStartupBenchmarks
{
    [Benchmark(Baseline = true, Description = "start + stop, empty drive")]
    public async Task StartEmpty()
    {
        await using var emulator = await OneDriveEmulator.StartAsync(new EmulatorOptions { SeedDrive = false });
    }

    [Benchmark(Description = "start + stop, seeded drive")]
    public async Task StartSeeded()
    {
        await using var emulator = await OneDriveEmulator.StartAsync();
    }
}
