using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OneDriveGen.Generator;
using OneDriveGen.Generator.Tests.Infrastructure;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// This generator against an earlier build of it (issue 18's redesign: typed templates, one primitive table, one
/// diagnostic catalog), on the shipped spec, in one run. Set ONEDRIVEGEN_PREVIOUS_GENERATOR to the earlier
/// <c>OneDriveGen.Generator.dll</c> (docs/benchmarks.md says how to build one).
/// </summary>
[MemoryDiagnoser]
public class GeneratorRedesignBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private AdditionalText _shipped = null!;
    private IIncrementalGenerator _previous = null!;
    private GeneratorDriver _warmPrevious = null!;
    private GeneratorDriver _warmCurrent = null!;

    [GlobalSetup]
    public void Setup()
    {
        _previous = PreviousGenerator.Load()
            ?? throw new InvalidOperationException($"Set {PreviousGenerator.PathVariable} to an earlier OneDriveGen.Generator.dll.");
        _compilation = GeneratorBenchmarks.Compilation();
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace MyApp { internal class B { } }", new CSharpParseOptions(LanguageVersion.CSharp12)));
        _shipped = new InMemoryAdditionalText("/specs/onedrive-endpoints.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "onedrive-endpoints.json")));
        _warmPrevious = GeneratorBenchmarks.Driver(_previous, _shipped).RunGenerators(_compilation);
        _warmCurrent = GeneratorBenchmarks.Driver(new OneDriveGenerator(), _shipped).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "before: full run, shipped spec")]
    public int PreviousFullRun() => GeneratorBenchmarks.Count(GeneratorBenchmarks.Driver(_previous, _shipped).RunGenerators(_compilation));

    [Benchmark(Description = "after: full run, shipped spec")]
    public int CurrentFullRun() => GeneratorBenchmarks.Count(GeneratorBenchmarks.Driver(new OneDriveGenerator(), _shipped).RunGenerators(_compilation));

    [Benchmark(Description = "before: cached run after unrelated C# edit")]
    public int PreviousCachedRun() => GeneratorBenchmarks.Count(_warmPrevious.RunGenerators(_editedCompilation));

    [Benchmark(Description = "after: cached run after unrelated C# edit")]
    public int CurrentCachedRun() => GeneratorBenchmarks.Count(_warmCurrent.RunGenerators(_editedCompilation));
}
