using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OneDriveGen.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in a real Roslyn driver and compiles its output against the runtime.</summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "MyApp";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static string ShippedSpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "onedrive-endpoints.json");

    public static string ShippedSpec => File.ReadAllText(ShippedSpecPath);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> specs, bool trackSteps = true, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null, IReadOnlyDictionary<string, string>? buildProperties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new OneDriveGenerator().AsSourceGenerator() },
            specs,
            ParseOptions,
            OptionsWith(buildProperties, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The compiler's view of MSBuild: RootNamespace plus <paramref name="buildProperties"/> (names without <c>build_property.</c>).</summary>
    public static TestOptionsProvider OptionsWith(IReadOnlyDictionary<string, string>? buildProperties, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = RootNamespace };
        foreach (var (name, value) in buildProperties ?? new Dictionary<string, string>())
        {
            global["build_property." + name] = value;
        }

        return new TestOptionsProvider(global, perFile);
    }

    /// <summary>Runs the generator once over one spec.</summary>
    public static GenerationResult Run(string specText, string path = "/specs/test-endpoints.json")
    {
        var compilation = CreateCompilation("namespace MyApp { internal static class Placeholder { } }");
        var driver = CreateDriver(new[] { new InMemoryAdditionalText(path, specText) });
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GenerationResult(driver.GetRunResult(), output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(Microsoft.Kiota.Abstractions.BaseRequestBuilder).Assembly.Location);
        paths.Add(typeof(OneDriveGen.Runtime.Generated.DrivePathEncoder).Assembly.Location);
        paths.Add(typeof(Std.UriTemplate).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GenerationResult(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<Diagnostic> Diagnostics => RunResult.Diagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => RunResult.Results.Single().GeneratedSources;

    /// <summary>Compiler diagnostics of the consumer with the generated code, warnings included.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
