using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Tests.Infrastructure;

namespace OneDriveGen.Generator.Tests.Fuzz;

/// <summary>What one fuzz case did wrong, by class, with the evidence.</summary>
internal sealed record FuzzFailure(string Kind, string Detail);

/// <summary>What one case produced: its failure if any, and whether the generator refused it with an ODG error.</summary>
internal sealed record FuzzVerdict(FuzzFailure? Failure, bool Refused, TimeSpan Elapsed)
{
    /// <summary>The first ODG error of a refused spec, to show what the run exercised.</summary>
    public Diagnostic? RefusedWith { get; init; }
}

/// <summary>
/// Runs one spec through the real generator driver and judges it: the generator never throws (no CS8785, AD0001 or
/// ODG1000), answers within a second, places every ODG diagnostic inside the file at the line and column the
/// compiler would compute, and, when it reports no ODG error, emits code that compiles without errors or warnings.
/// </summary>
internal static class FuzzOracle
{
    public const string SpecPath = "/specs/fuzz-endpoints.json";

    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(1);

    private static readonly string[] CrashIds = ["CS8785", "AD0001", "ODG1000"];

    private static readonly Lazy<Compilation> Consumer = new(() => GeneratorHarness.CreateCompilation("namespace MyApp { internal static class Placeholder { } }"));

    public static FuzzVerdict Judge(byte[] spec, bool compile = true)
    {
        var text = SourceText.From(spec, spec.Length, encoding: null, throwIfBinaryDetected: false);
        var (run, elapsed, thrown) = Generate(text);
        if (elapsed > TimeLimit)
        {
            // One retry: a GC pause or a busy test runner is not the generator's fault, a second slow run is.
            (run, elapsed, thrown) = Generate(text);
        }

        if (thrown is not null)
        {
            return new FuzzVerdict(new FuzzFailure("crash", $"the driver threw {thrown.GetType().Name}: {thrown.Message}"), false, elapsed);
        }

        var (result, output, generatorDiagnostics) = run!.Value;
        var all = result.Diagnostics.Concat(generatorDiagnostics).ToList();
        var crash = all.FirstOrDefault(d => CrashIds.Contains(d.Id));
        if (crash is not null || result.Results.Any(r => r.Exception is not null))
        {
            var detail = crash?.GetMessage(System.Globalization.CultureInfo.InvariantCulture) ?? result.Results.First(r => r.Exception is not null).Exception!.ToString();
            return new FuzzVerdict(new FuzzFailure("crash", detail), false, elapsed);
        }

        if (elapsed > TimeLimit)
        {
            return new FuzzVerdict(new FuzzFailure("slow", $"generation took {elapsed.TotalMilliseconds:F0} ms twice"), false, elapsed);
        }

        var odg = all.Where(d => d.Id.StartsWith("ODG", StringComparison.Ordinal)).ToList();
        if (odg.Select(d => Misplaced(d, text)).FirstOrDefault(m => m is not null) is { } misplaced)
        {
            return new FuzzVerdict(new FuzzFailure("misplaced", misplaced), true, elapsed);
        }

        var refused = odg.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (refused || !compile)
        {
            return new FuzzVerdict(null, refused, elapsed) { RefusedWith = odg.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) };
        }

        var problems = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)))
            .Take(3)
            .Select(d => $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} at {d.Location.GetLineSpan().Path}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}")
            .ToList();
        return problems.Count == 0
            ? new FuzzVerdict(null, false, elapsed)
            : new FuzzVerdict(new FuzzFailure("broken code", string.Join("; ", problems)), false, elapsed);
    }

    private static ((GeneratorDriverRunResult, Compilation, System.Collections.Immutable.ImmutableArray<Diagnostic>)? Run, TimeSpan Elapsed, Exception? Thrown) Generate(SourceText text)
    {
        var driver = GeneratorHarness.CreateDriver(new[] { new SourceTextAdditionalText(SpecPath, text) }, trackSteps: false);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(Consumer.Value, out var output, out var diagnostics);
            return ((driver.GetRunResult(), output, diagnostics), stopwatch.Elapsed, null);
        }
        catch (Exception ex)
        {
            return (null, stopwatch.Elapsed, ex);
        }
    }

    /// <summary>Why a diagnostic's place is wrong, or null: it must be in the spec, inside it, and where the compiler counts lines.</summary>
    private static string? Misplaced(Diagnostic diagnostic, SourceText text)
    {
        var location = diagnostic.Location;
        if (location == Location.None)
        {
            return $"{diagnostic.Id} has no location";
        }

        var span = location.SourceSpan;
        var lines = location.GetLineSpan();
        if (lines.Path != SpecPath || span.Start < 0 || span.End > text.Length)
        {
            return $"{diagnostic.Id} points outside the file ({lines.Path} {span})";
        }

        var expected = text.Lines.GetLinePositionSpan(span);
        return expected == lines.Span
            ? null
            : $"{diagnostic.Id} says {Show(lines.Span)} but its offset {span.Start} is at {Show(expected)}";
    }

    private static string Show(LinePositionSpan span) => $"({span.Start.Line + 1},{span.Start.Character + 1})-({span.End.Line + 1},{span.End.Character + 1})";

    private sealed class SourceTextAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => text;
    }
}
