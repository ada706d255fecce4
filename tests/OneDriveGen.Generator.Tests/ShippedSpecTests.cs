using System.Linq;
using System.Text.RegularExpressions;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

public class ShippedSpecTests
{
    [Fact]
    public void ShippedSpecGeneratesWithoutDiagnosticsAndCompilesWithoutWarnings()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ShippedSpec, GeneratorHarness.ShippedSpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.Sources);
        Assert.True(result.CompilationProblems.Count == 0, string.Join("\n", result.CompilationProblems.Take(30)));
    }

    [Fact]
    public void IdsNeverUseReservedExpansion()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ShippedSpec, GeneratorHarness.ShippedSpecPath);

        var reserved = result.Sources
            .SelectMany(s => Regex.Matches(s.SourceText.ToString(), "\\{\\+([^}]*)\\}").Select(m => m.Groups[1].Value))
            .Distinct()
            .OrderBy(v => v, System.StringComparer.Ordinal)
            .ToArray();

        // Only the base URL and the pre-encoded drive path may use {+…}; an ID there would send '!' raw.
        Assert.Equal(new[] { "baseurl", "item%2Dpath" }, reserved);
    }

    [Fact]
    public void EveryIssueEndpointExistsUnderBothDriveRoots()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ShippedSpec, GeneratorHarness.ShippedSpecPath);
        var templates = result.Sources
            .Select(s => Regex.Match(s.SourceText.ToString(), "RequestUrlTemplate = \"([^\"]*)\""))
            .Where(m => m.Success)
            .Select(m => Regex.Replace(m.Groups[1].Value, "\\{\\?[^}]*\\}$", string.Empty))
            .ToHashSet();

        foreach (var root in new[] { "{+baseurl}/me/drive", "{+baseurl}/drives/{drive%2Did}" })
        {
            foreach (var path in new[]
            {
                "", "/items/{item%2Did}", "/root:/{+item%2Dpath}:", "/items/{item%2Did}/children", "/items/{item%2Did}/thumbnails",
                "/items/{item%2Did}/thumbnails/{thumb%2Did}", "/items/{item%2Did}/thumbnails/{thumb%2Did}/{size}",
                "/items/{item%2Did}/content", "/root:/{+item%2Dpath}:/content", "/items/{item%2Did}:/{+item%2Dpath}:/content",
                "/items/{item%2Did}/createUploadSession", "/items/{item%2Did}/copy", "/root/search(q='{q}')", "/root/delta",
                "/special/approot", "/special/approot:/{+item%2Dpath}:/content",
            })
            {
                Assert.Contains(root + path, templates);
            }
        }
    }
}
