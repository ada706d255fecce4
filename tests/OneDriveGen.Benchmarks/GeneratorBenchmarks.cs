using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OneDriveGen.Generator;
using OneDriveGen.Generator.Tests.Infrastructure;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The generator's full run on the shipped spec, and a cached run after an unrelated C# edit. The baseline is a
/// driver run with a generator that only reads the same spec text: the cost every generator pays.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private AdditionalText _shipped = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Compilation();
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace MyApp { internal class B { } }", ParseOptions));
        _shipped = new InMemoryAdditionalText("/specs/onedrive-endpoints.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "onedrive-endpoints.json")));
        _warmDriver = Driver(new OneDriveGenerator(), _shipped).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "baseline: driver + read spec text")]
    public int ReadOnlyGenerator() => Count(Driver(new ReadSpecTextGenerator(), _shipped).RunGenerators(_compilation));

    [Benchmark(Description = "full run, shipped spec")]
    public int FullRunShippedSpec() => Count(Driver(new OneDriveGenerator(), _shipped).RunGenerators(_compilation));

    [Benchmark(Description = "cached run after unrelated C# edit")]
    public int CachedRunAfterUnrelatedEdit() => Count(_warmDriver.RunGenerators(_editedCompilation));

    internal static GeneratorDriver Driver(IIncrementalGenerator generator, AdditionalText spec) =>
        CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, new[] { spec }, ParseOptions);

    internal static int Count(GeneratorDriver driver) => driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Length);

    internal static CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Consumer",
        new[] { CSharpSyntaxTree.ParseText("namespace MyApp { internal class A { } }", ParseOptions) },
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
