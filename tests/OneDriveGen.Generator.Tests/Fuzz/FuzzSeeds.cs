using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using OneDriveGen.Generator.Tests.Infrastructure;
using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Generator.Tests.Fuzz;

/// <summary>
/// The specs mutations start from: the shipped spec, the tests' mini spec, and the mini spec with each complete
/// example from the docs (spec format and ODG1xxx pages, invalid and valid) spliced in where it belongs.
/// </summary>
internal static partial class FuzzSeeds
{
    private static readonly string[] Sections = ["pathParameters", "queryParameters", "models", "auth", "endpoints"];

    /// <summary>Every starting spec; <c>Clean</c> says the generator accepts it unchanged (the docs' invalid examples it refuses).</summary>
    public static IReadOnlyList<FuzzSeed> All()
    {
        var seeds = new List<(string, string)> { ("shipped spec", GeneratorHarness.ShippedSpec), ("mini spec", Specs.Mini) };
        var docs = new[] { Path.Combine(RepositoryRoot.Path, "docs", "spec-format.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics"), "ODG1*.md").OrderBy(f => f));
        foreach (var file in docs)
        {
            var blocks = JsonBlock().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (SpliceIntoMini(blocks[i]) is { } spliced)
                {
                    seeds.Add(($"{Path.GetFileName(file)} example {i + 1}", spliced));
                }
            }
        }

        return seeds
            .Select(s => new FuzzSeed(s.Item1, s.Item2, FuzzOracle.Judge(System.Text.Encoding.UTF8.GetBytes(s.Item2), compile: false) is { Failure: null, Refused: false }))
            .ToList();
    }

    /// <summary>The mini spec with the example's sections in place of its own, or null when the example is a sketch.</summary>
    private static string? SpliceIntoMini(string block)
    {
        JsonTree example;
        try
        {
            example = JsonTree.Parse(block.TrimStart().StartsWith('{') ? block : "{" + block + "}");
        }
        catch (JsonException)
        {
            return null; // an elided example ("…") is prose, not a spec
        }

        if (JsonTree.Parse(Specs.Mini) is not JsonObjectTree mini || example is not JsonObjectTree fragment)
        {
            return null;
        }

        var used = false;
        if (fragment.Members.Any(m => m.Key == "method"))
        {
            ((JsonArrayTree)mini.Members.First(m => m.Key == "endpoints").Value).Items.Add(fragment);
            used = true;
        }

        foreach (var member in fragment.Members.Where(m => Sections.Contains(m.Key)))
        {
            mini.Members.First(m => m.Key == member.Key).Value = member.Value;
            used = true;
        }

        return used ? mini.Write() : null;
    }

    [GeneratedRegex("```json\\s*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}

/// <summary>A spec mutations start from.</summary>
internal sealed record FuzzSeed(string Name, string Text, bool Clean);
