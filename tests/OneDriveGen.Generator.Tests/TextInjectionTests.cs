using System;
using System.Linq;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>
/// Text the spec carries into C# (doc comments, string literals, interpolated strings) can never end early and
/// become code: every character the C# lexer breaks a line at (NEL, LS, PS, CR, LF) and every quote or brace is
/// escaped, so a spec cannot inject a directive, a type or a broken literal.
/// </summary>
public class TextInjectionTests
{
    private const string SpecPath = "/specs/mini-endpoints.json";

    [Theory]
    [InlineData("\\u0085")]
    [InlineData("\\u2028")]
    [InlineData("\\u2029")]
    [InlineData("\\r")]
    public void A_line_break_in_a_description_stays_in_the_comment(string lineBreak)
    {
        var spec = Specs.MiniWith("\"description\": \"Gets an item.\"", $"\"description\": \"Gets an item.{lineBreak}#error injected{lineBreak}public class Injected {{}}\"");

        var result = GeneratorHarness.Run(spec, SpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        Assert.All(CodeLines(result), line => Assert.False(line.TrimStart().StartsWith("public class Injected", StringComparison.Ordinal) || line.TrimStart().StartsWith("#error", StringComparison.Ordinal), line));
    }

    [Theory]
    [InlineData("\\u0085#error injected")]
    [InlineData("\\u2028\\\"); class Injected { } //")]
    public void A_string_literal_from_the_spec_cannot_end_early(string payload)
    {
        var spec = Specs.MiniWith("\"default\": \"read\"", $"\"default\": \"read{payload}\"");

        var result = GeneratorHarness.Run(spec, SpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(CodeLines(result), line => line.TrimStart().StartsWith("#error", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_name_with_quotes_and_braces_stays_text_in_the_grant_s_ToString()
    {
        var spec = Specs.MiniWith("\"redirect_uri\": { \"type\": \"string\" },", "\"redirect_uri\": { \"type\": \"string\" }, \"x{\\\"}\": { \"type\": \"string\" },")
            .Replace("\"required\": [\"client_id\", \"code\", \"redirect_uri\"], \"forbidden\"", "\"required\": [\"client_id\", \"code\", \"redirect_uri\", \"x{\\\"}\"], \"forbidden\"", StringComparison.Ordinal);

        var result = GeneratorHarness.Run(spec, SpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        Assert.Contains(result.Sources, s => s.SourceText.ToString().Contains("x{{\\\"}}", StringComparison.Ordinal)); // the name, escaped, in ToString
    }

    // Every line of the generated code, broken where the C# compiler breaks lines.
    private static string[] CodeLines(GenerationResult result) =>
        result.Sources.SelectMany(s => s.SourceText.ToString().Split(new[] { "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029" }, StringSplitOptions.None)).ToArray();
}
