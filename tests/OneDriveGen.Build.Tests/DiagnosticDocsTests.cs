using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OneDriveGen.Common.Diagnostics;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Build.Tests;

/// <summary>
/// The ODG2xxx catalog is the one definition: pages and the index follow it, the task's sources report nothing
/// but catalog entries, and the package's targets print the catalog's codes with its messages.
/// </summary>
public sealed class DiagnosticDocsTests
{
    [Fact]
    public void Every_code_has_its_page_and_index_row_and_nothing_else_does()
    {
        DiagnosticCatalogCheck.Matches("ODG2", BuildDiagnostics.All.Select(e => (e.Code, e.Level.ToString(), e.Title)).ToList());
    }

    [Fact]
    public void No_code_is_written_as_a_string_outside_the_catalog()
    {
        var source = Path.Combine(RepositoryRoot.Path, "msbuild", "OneDriveGen.Build");
        var strays = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal) && Path.GetFileName(f) != "BuildDiagnostics.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"ODG2\\d{3}\"").Select(m => Path.GetFileName(f) + ": " + m.Value))
            .ToList();

        Assert.Empty(strays);
    }

    [Theory]
    [InlineData("msbuild/OneDriveGen.Build/build/OneDriveGen.Build.targets", "ODG2099")]
    [InlineData("runtime/OneDriveGen.Runtime/package/build/OneDriveGen.targets", "ODG2098")]
    public void Targets_print_the_catalog_message(string targets, string code)
    {
        var entry = BuildDiagnostics.All.Single(e => e.Code == code);
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, targets));

        // The targets fill the holes with MSBuild properties; the words around them are the catalog's.
        var pattern = code + ": " + string.Join(".*?", entry.MessageFormat.Split('{', '}').Where((_, i) => i % 2 == 0).Select(Regex.Escape));
        Assert.Matches(new Regex(pattern, RegexOptions.Singleline), text);
        Assert.Equal(DiagnosticLevel.Detail, entry.Level);
    }
}

/// <summary>The MSBuild properties of the registration are documented where users read the settings.</summary>
public sealed class PropertyDocsTests
{
    [Fact]
    public void Every_registration_property_is_in_the_authentication_page()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "authentication.md"));
        var properties = typeof(OneDriveGen.Common.Registration.AppRegistrationProperties)
            .GetFields()
            .Where(f => f.IsLiteral && f.Name != "Prefix")
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(12, properties.Count);
        Assert.All(properties, p => Assert.Contains($"| `{p}` |", page, System.StringComparison.Ordinal));
    }
}
