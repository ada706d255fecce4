using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Build.Tests;

/// <summary>Every code the task can report has the page its help link points at, and a row in the index.</summary>
public sealed class DiagnosticDocsTests
{
    [Fact]
    public void Every_ODG2xxx_code_in_the_task_has_a_page_and_an_index_row()
    {
        var source = Path.Combine(RepositoryRoot.Path, "msbuild", "OneDriveGen.Build");
        var codes = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", System.StringComparison.Ordinal) || f.EndsWith(".targets", System.StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"ODG2\d{3}").Select(m => m.Value))
            .Distinct()
            .ToList();
        var docs = Path.Combine(RepositoryRoot.Path, "docs", "diagnostics");
        var index = File.ReadAllText(Path.Combine(docs, "README.md"));

        Assert.True(codes.Count > 40, $"only {codes.Count} codes found");
        Assert.All(codes, code =>
        {
            Assert.True(File.Exists(Path.Combine(docs, code + ".md")), $"{code} has no page");
            Assert.Contains($"[{code}]({code}.md)", index);
        });
    }
}
