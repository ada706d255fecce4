using System.Globalization;
using System.Linq;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>
/// ODG1016: a path may have 32 segments and 2,048 characters. Each segment is a builder that repeats the path above
/// it, so a deep path made output quadratic (2,000 segments: 41 MB of code) and a deeper one overflowed the stack
/// and took the compiler down with it.
/// </summary>
public class PathLimitTests
{
    private const string Original = "\"path\": \"/items/{item-id}/content\"";

    [Fact]
    public void Thirty_two_segments_generate_and_compile()
    {
        var path = "/items/{item-id}" + string.Concat(Enumerable.Range(1, 30).Select(i => $"/s{i}"));
        var result = GeneratorHarness.Run(Specs.MiniWith(Original, $"\"path\": \"{path}\""));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        Assert.Contains(result.Sources, s => s.HintName.Contains("S30RequestBuilder", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(33, "33 segments")]
    [InlineData(20_000, "characters")]
    public void A_deeper_path_is_ODG1016_at_the_path(int segments, string reason)
    {
        var path = "/items/{item-id}" + string.Concat(Enumerable.Repeat("/a", segments - 2));
        var spec = Specs.MiniWith(Original, $"\"path\": \"{path}\"");

        var diagnostic = DiagnosticTests.AssertSingle(spec, SpecDiagnostics.PathTooLong.Code, "\"/items/{item-id}/a/a");

        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(reason, message);
        Assert.True(message.Length < 300, "the message shows the start of the path, not all of it");
    }

    [Fact]
    public void A_long_segment_counts_against_the_length()
    {
        var spec = Specs.MiniWith(Original, $"\"path\": \"/items/{{item-id}}/{new string('x', 2100)}\"");

        DiagnosticTests.AssertSingle(spec, SpecDiagnostics.PathTooLong.Code, "\"/items/{item-id}/xxx");
    }
}
