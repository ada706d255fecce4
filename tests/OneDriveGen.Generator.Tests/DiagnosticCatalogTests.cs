using System.IO;
using System.Linq;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>The ODG1xxx catalog is the one definition: pages, the index and the release file follow it.</summary>
public class DiagnosticCatalogTests
{
    [Fact]
    public void Every_code_has_its_page_and_index_row_and_nothing_else_does()
    {
        DiagnosticCatalogCheck.Matches("ODG1", SpecDiagnostics.All.Select(e => (e.Code, e.Level.ToString(), e.Title)).ToList());
    }

    [Fact]
    public void The_analyzer_release_file_lists_the_catalog()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "generator", "OneDriveGen.Generator", "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("ODG", System.StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (Code: c[0], Category: c[1], Severity: c[2]));

        var expected = SpecDiagnosticDescriptors.All.Select(d => (Code: d.Id, Category: d.Category, Severity: d.DefaultSeverity.ToString()));

        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Descriptors_carry_the_catalog_entries()
    {
        Assert.All(SpecDiagnostics.All, e =>
        {
            var descriptor = SpecDiagnosticDescriptors.Find(e.Code);
            Assert.Equal((e.Title, e.MessageFormat, e.HelpLink), (descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), descriptor.HelpLinkUri));
        });
    }
}
