using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OneDriveGen.Generator;
using OneDriveGen.Generator.Tests.Infrastructure;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// How the full run grows with the number of endpoints (synthetic specs), each size against the read-only
/// baseline on the same spec text.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText _spec = null!;

    /// <summary>The number of endpoints in the synthetic spec.</summary>
    [Params(100, 500, 1000, 2000)]
    public int Endpoints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorBenchmarks.Compilation();
        _spec = new InMemoryAdditionalText("/specs/synthetic-endpoints.json", SyntheticSpec.Create(Endpoints));
    }

    [Benchmark(Baseline = true, Description = "baseline: driver + read spec text")]
    public int ReadOnlyGenerator() => GeneratorBenchmarks.Count(GeneratorBenchmarks.Driver(new ReadSpecTextGenerator(), _spec).RunGenerators(_compilation));

    [Benchmark(Description = "full run")]
    public int FullRun() => GeneratorBenchmarks.Count(GeneratorBenchmarks.Driver(new OneDriveGenerator(), _spec).RunGenerators(_compilation));
}
