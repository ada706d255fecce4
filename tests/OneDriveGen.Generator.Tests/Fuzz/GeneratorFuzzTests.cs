using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace OneDriveGen.Generator.Tests.Fuzz;

/// <summary>
/// The generator on hostile specs: seeded structure-aware and byte-level mutations of the shipped spec, the mini
/// spec and the docs' examples. A few hundred cases run in every build; set ONEDRIVEGEN_FUZZ_CASES for thousands
/// and ONEDRIVEGEN_FUZZ_SEED to start elsewhere (a failure prints the seed that reproduces it alone);
/// ONEDRIVEGEN_FUZZ_VERBOSE=1 lists why each refused case was refused.
/// </summary>
public class GeneratorFuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 300;
    private const int DefaultSeed = 15_000;
    private const int MinimizedReports = 3;

    [Fact]
    public void MutatedSpecsNeverBreakTheGenerator()
    {
        var cases = Setting("ONEDRIVEGEN_FUZZ_CASES", DefaultCases);
        var firstSeed = Setting("ONEDRIVEGEN_FUZZ_SEED", DefaultSeed);
        var verbose = Environment.GetEnvironmentVariable("ONEDRIVEGEN_FUZZ_VERBOSE") == "1";
        var seeds = FuzzSeeds.All();
        var failures = new List<(int Seed, FuzzCase Case, FuzzFailure Failure)>();
        int refused = 0, compiled = 0;
        var refusals = new Dictionary<string, int>();
        var slowest = TimeSpan.Zero;
        for (var seed = firstSeed; seed < firstSeed + cases; seed++)
        {
            var fuzzCase = FuzzCase.Create(seed, seeds);
            var verdict = FuzzOracle.Judge(fuzzCase.Bytes);
            slowest = verdict.Elapsed > slowest ? verdict.Elapsed : slowest;
            if (verdict.Failure is not null)
            {
                failures.Add((seed, fuzzCase, verdict.Failure));
            }
            else if (verdict.Refused)
            {
                refused++;
                var id = verdict.RefusedWith!.Id;
                refusals[id] = refusals.GetValueOrDefault(id) + 1;
                if (verbose)
                {
                    output.WriteLine($"seed {seed} refused: {fuzzCase.Description} => {verdict.RefusedWith.GetMessage(CultureInfo.InvariantCulture)}");
                }
            }
            else
            {
                compiled++;
            }
        }

        output.WriteLine($"{cases} cases from seed {firstSeed} over {seeds.Count} starting specs: {refused} refused with an ODG error, {compiled} compiled clean, {failures.Count} failed; slowest generation {slowest.TotalMilliseconds:F0} ms.");
        output.WriteLine("Refused with: " + string.Join(", ", refusals.OrderByDescending(r => r.Value).Select(r => $"{r.Key} × {r.Value}")));
        if (failures.Count > 0)
        {
            Assert.Fail(Report(failures));
        }
    }

    [Fact]
    public void SeedsIncludeTheDocsExamples()
    {
        var seeds = FuzzSeeds.All();

        Assert.Contains(seeds, s => s is { Name: "shipped spec", Clean: true });
        Assert.Contains(seeds, s => s is { Name: "mini spec", Clean: true });
        Assert.Contains(seeds, s => s.Name.StartsWith("spec-format.md", StringComparison.Ordinal));
        Assert.Contains(seeds, s => s.Name.StartsWith("ODG1", StringComparison.Ordinal) && s.Clean);
        Assert.Contains(seeds, s => s.Name.StartsWith("ODG1", StringComparison.Ordinal) && !s.Clean);
    }

    [Fact]
    public void TheOracleCatchesCodeThatDoesNotCompile()
    {
        // A guard on the guard: a clean spec passes, and generated code broken on purpose is caught as such.
        var clean = FuzzOracle.Judge(Encoding.UTF8.GetBytes(Infrastructure.Specs.Mini));
        Assert.Null(clean.Failure);
        Assert.False(clean.Refused);

        var refused = FuzzOracle.Judge(Encoding.UTF8.GetBytes(Infrastructure.Specs.MiniWith("\"name\": \"upload\"", "\"name\": \"getItem\"")));
        Assert.Null(refused.Failure);
        Assert.True(refused.Refused);
    }

    private static string Report(List<(int Seed, FuzzCase Case, FuzzFailure Failure)> failures)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{failures.Count} fuzz case(s) failed: {string.Join(", ", failures.GroupBy(f => f.Failure.Kind).Select(g => $"{g.Count()} {g.Key}"))}.");
        report.AppendLine("Reproduce one with ONEDRIVEGEN_FUZZ_SEED=<seed> ONEDRIVEGEN_FUZZ_CASES=1.");
        foreach (var (seed, fuzzCase, failure) in failures.Take(20))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- seed {seed} [{failure.Kind}] {fuzzCase.Description}: {failure.Detail}");
        }

        foreach (var (seed, fuzzCase, failure) in failures.GroupBy(f => f.Failure.Kind).Select(g => g.First()).Take(MinimizedReports))
        {
            var minimized = Minimizer.Minimize(fuzzCase.Bytes, failure.Kind, TimeSpan.FromSeconds(20));
            var shown = Minimizer.Printable(minimized);
            report.AppendLine(CultureInfo.InvariantCulture, $"\nSeed {seed} ({failure.Kind}) minimized to {minimized.Length} characters:\n{(shown.Length > 3000 ? shown[..3000] + "\n…" : shown)}");
        }

        return report.ToString();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
