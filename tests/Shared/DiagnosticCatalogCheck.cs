using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace OneDriveGen.Tests.Shared;

/// <summary>
/// Holds one band's diagnostic catalog (ODG1xxx, ODG2xxx or ODG3xxx) to its documentation: a page per code whose
/// title and severity are the catalog's, a matching row in docs/diagnostics/README.md, and no page or row for a code
/// the catalog does not have.
/// </summary>
internal static class DiagnosticCatalogCheck
{
    private static readonly string Docs = Path.Combine(RepositoryRoot.Path, "docs", "diagnostics");

    /// <summary>Checks <paramref name="entries"/> (code, level name, title) against the docs of codes starting <paramref name="band"/>.</summary>
    public static void Matches(string band, IReadOnlyCollection<(string Code, string Level, string Title)> entries)
    {
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.StartsWith(band, e.Code, StringComparison.Ordinal));
        Assert.Equal(entries.Count, entries.Select(e => e.Code).Distinct().Count());

        var index = File.ReadAllLines(Path.Combine(Docs, "README.md"))
            .Select(line => Regex.Match(line, @"^\| \[(ODG\d+)\]\(\1\.md\) \| (\w+) \| (.+) \|$"))
            .Where(m => m.Success && m.Groups[1].Value.StartsWith(band, StringComparison.Ordinal))
            .ToDictionary(m => m.Groups[1].Value, m => (Severity: m.Groups[2].Value, Title: m.Groups[3].Value));
        var pages = Directory.GetFiles(Docs, band + "*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();

        foreach (var (code, level, title) in entries)
        {
            var page = Path.Combine(Docs, code + ".md");
            Assert.True(File.Exists(page), $"docs/diagnostics/{code}.md is missing");
            var lines = File.ReadAllLines(page);
            Assert.Equal($"# {code}: {title}", lines[0]);
            var severity = Shown(level);
            Assert.True(lines.Any(l => l.StartsWith($"Severity: **{severity}", StringComparison.Ordinal)), $"{code}.md does not say Severity: **{severity}");
            Assert.True(index.TryGetValue(code, out var row), $"docs/diagnostics/README.md has no row for {code}");
            Assert.Equal((severity, title), row);
        }

        var codes = entries.Select(e => e.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();
        Assert.Equal(codes, index.Keys.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(codes, pages.OrderBy(c => c, StringComparer.Ordinal));
    }

    // Detail is a message shown only at normal verbosity.
    private static string Shown(string level) => level == "Detail" ? "Message" : level;
}
