using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OneDriveGen.Generator.Tests.Infrastructure;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>Every spec problem is an ODG1xxx diagnostic at the line and column of the JSON token it is about.</summary>
public class DiagnosticTests
{
    private const string SpecPath = "/specs/mini-endpoints.json";

    [Fact]
    public void MiniSpecIsClean()
    {
        var result = GeneratorHarness.Run(Specs.Mini, SpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void MalformedJson()
    {
        var spec = Specs.MiniWith("\"errorModel\": \"Error\",", "\"errorModel\": \"Error\",,");

        var diagnostic = AssertSingle(spec, "ODG1001", ",,", offsetInMarker: 1);

        Assert.Contains("Expected a property name", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void UnterminatedStringIsReportedWhereItStarts()
    {
        AssertSingle(Specs.Mini.Substring(0, Specs.Mini.IndexOf("\"Error\"", StringComparison.Ordinal) + 3), "ODG1001", "\"Er");
    }

    [Fact]
    public void UnknownKeySuggestsTheClosestOne()
    {
        var spec = Specs.MiniWith("\"body\": \"stream\"", "\"bdy\": \"stream\"");

        var diagnostic = AssertSingle(spec, "ODG1002", "\"bdy\"");

        Assert.Contains("did you mean 'body'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DuplicateEndpointName()
    {
        var spec = Specs.MiniWith("\"name\": \"upload\"", "\"name\": \"getItem\"");

        AssertSingle(spec, "ODG1003", "\"getItem\"", occurrence: 2);
    }

    [Fact]
    public void DuplicateJsonKey()
    {
        var spec = Specs.MiniWith("\"Token\": {", "\"Item\": {");

        AssertSingle(spec, "ODG1003", "\"Item\": {", occurrence: 2);
    }

    [Theory]
    [InlineData("\"Token\": {", "\"ITEM\": { \"properties\": { \"id\": { \"type\": \"string\" } } },\n    \"Token\": {", "\"ITEM\"", "Item")]
    [InlineData("\"client_id\": { \"type\": \"string\" },", "\"client_id\": { \"type\": \"string\" }, \"clientId\": { \"type\": \"string\" },", "\"clientId\"", "client_id")]
    [InlineData("\"prompt\": { \"type\": \"enum\"", "\"Prompt\": { \"type\": \"enum\", \"values\": [\"login\"] },\n        \"prompt\": { \"type\": \"enum\"", "\"prompt\"", "Prompt")]
    public void Two_names_that_become_one_CSharp_name_are_an_error_at_the_second_naming_the_first(string find, string replace, string second, string first)
    {
        var spec = Specs.MiniWith(find, replace);

        var diagnostic = AssertSingle(spec, "ODG1003", second);

        Assert.Contains($"same C# name as '{first}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_parameter_used_twice_is_an_error_at_the_path()
    {
        var spec = Specs.MiniWith("\"path\": \"/items/{item-id}/content\"", "\"path\": \"/items/{item-id}/copies/{item-id}\"");

        var diagnostic = AssertSingle(spec, "ODG1003", "\"/items/{item-id}/copies/{item-id}\"");

        Assert.Contains("used twice", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mini.case")]
    [InlineData("class.Api")]
    public void A_keyword_in_the_namespace_is_an_error_at_it(string @namespace)
    {
        var spec = Specs.MiniWith("\"namespace\": \"Mini.Api\"", $"\"namespace\": \"{@namespace}\"");

        var diagnostic = AssertSingle(spec, InvalidIdentifierId, $"\"{@namespace}\"");

        Assert.Contains("is a C# keyword", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string InvalidIdentifierId => OneDriveGen.Generator.Diagnostics.SpecDiagnostics.InvalidIdentifier.Code;

    [Fact]
    public void Enum_values_that_become_one_member_are_an_error_at_the_second()
    {
        var spec = Specs.MiniWith("\"values\": [\"login\", \"none\"]", "\"values\": [\"login\", \"none\", \"None\"]");

        var diagnostic = AssertSingle(spec, "ODG1003", "\"None\"");

        Assert.Contains("same C# member as 'none'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Path_segments_that_become_one_CSharp_name_are_an_error_at_the_second_endpoint()
    {
        var spec = Specs.MiniWith("\"path\": \"/items/{item-id}/content\"", "\"path\": \"/Items/{item-id}/content\"");

        var diagnostic = AssertSingle(spec, "ODG1003", "\"/Items/{item-id}/content\"");

        Assert.Contains("same C# name as 'items' in endpoint 'getItem'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://")]
    [InlineData("https:///v1")]
    [InlineData("https://user@api.example.com/v1")]
    public void A_base_URL_without_a_host_is_refused(string baseUrl)
    {
        var spec = Specs.MiniWith("\"baseUrl\": \"https://api.example.com/v1\"", $"\"baseUrl\": \"{baseUrl}\"");

        var diagnostic = AssertSingle(spec, InvalidValueId, $"\"{baseUrl}\"");

        Assert.Contains("with a host", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string InvalidValueId => OneDriveGen.Generator.Diagnostics.SpecDiagnostics.NotAnAbsoluteUrl.Code;

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    public void Locations_count_lines_where_the_compiler_does(string lineBreak)
    {
        var spec = Specs.MiniWith("\"body\": \"stream\"", "\"bdy\": \"stream\"").Replace("\n", lineBreak, StringComparison.Ordinal);
        if (lineBreak is "\u2028" or "\u0085")
        {
            // Not JSON whitespace: only inside strings; keep real line breaks and put one in a description instead.
            spec = Specs.MiniWith("\"description\": \"Gets an item.\"", "\"description\": \"Gets" + lineBreak + "an item.\"").Replace("\"body\": \"stream\"", "\"bdy\": \"stream\"", StringComparison.Ordinal);
        }

        var result = GeneratorHarness.Run(spec, SpecPath);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "ODG1002");
        var expected = Microsoft.CodeAnalysis.Text.SourceText.From(spec).Lines.GetLinePosition(spec.IndexOf("\"bdy\"", StringComparison.Ordinal));

        Assert.Equal(expected, diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void PathNamesAnUndeclaredParameter()
    {
        var spec = Specs.MiniWith("\"/items/{item-id}/content\"", "\"/items/{itemid}/content\"");

        var diagnostic = AssertSingle(spec, "ODG1004", "\"/items/{itemid}/content\"");

        Assert.Contains("'itemid'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void UnusedParameterIsAWarningAndCodeIsStillGenerated()
    {
        var spec = Specs.MiniWith("\"item-path\": { \"type\": \"path\", \"accessor\": \"ItemWithPath\" }", "\"item-path\": { \"type\": \"path\", \"accessor\": \"ItemWithPath\" },\n    \"spare\": { \"type\": \"id\" }");

        var diagnostic = AssertSingle(spec, "ODG1005", "\"spare\"");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.NotEmpty(GeneratorHarness.Run(spec, SpecPath).Sources);
    }

    [Fact]
    public void UnknownTypeSuggestsTheClosestModel()
    {
        var spec = Specs.MiniWith("\"type\": \"Item[]\"", "\"type\": \"Itme[]\"");

        var diagnostic = AssertSingle(spec, "ODG1006", "\"Itme[]\"");

        Assert.Contains("did you mean 'Item'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void UnknownResponseModel()
    {
        AssertSingle(Specs.MiniWith("\"response\": \"Token\"", "\"response\": \"Tokens\""), "ODG1006", "\"Tokens\"");
    }

    [Fact]
    public void GrantFieldBothRequiredAndForbidden()
    {
        var spec = Specs.MiniWith(
            "\"public\": { \"required\": [\"client_id\", \"refresh_token\"], \"forbidden\": [\"client_secret\", \"code\"] }",
            "\"public\": { \"required\": [\"client_id\", \"refresh_token\"], \"forbidden\": [\"client_secret\", \"refresh_token\"] }");

        var diagnostic = AssertSingle(spec, "ODG1007", "\"refresh_token\"] }", offsetInMarker: 0, occurrence: 1, lastOccurrence: true);

        Assert.Contains("both required and forbidden", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PlainHttpHostIsAnError()
    {
        AssertSingle(Specs.MiniWith("\"https://api.example.com/v1\"", "\"http://api.example.com/v1\""), "ODG1008", "\"http://api.example.com/v1\"");
    }

    [Theory]
    [InlineData("http://localhost:5099/v1")]
    [InlineData("http://127.0.0.1:5099/v1")]
    [InlineData("http://[::1]:5099/v1")]
    public void PlainHttpToLoopbackIsAllowed(string url)
    {
        var result = GeneratorHarness.Run(Specs.MiniWith("\"https://api.example.com/v1\"", $"\"{url}\""), SpecPath);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void InsecureAuthHostIsAnError()
    {
        AssertSingle(Specs.MiniWith("\"https://login.example.com\"", "\"http://login.example.com\""), "ODG1008", "\"http://login.example.com\"");
    }

    [Fact]
    public void NameThatIsNoIdentifier()
    {
        var spec = Specs.MiniWith("\"size\": { \"type\": \"int64\" }", "\"2size\": { \"type\": \"int64\" }");

        AssertSingle(spec, "ODG1009", "\"2size\"");
    }

    [Fact]
    public void PropertyClashingWithAGeneratedMember()
    {
        var spec = Specs.MiniWith("\"size\": { \"type\": \"int64\" }", "\"additionalData\": { \"type\": \"int64\" }");

        AssertSingle(spec, "ODG1009", "\"additionalData\"");
    }

    [Fact]
    public void LegacyOneDriveApiIsAWarning()
    {
        var spec = Specs.MiniWith("\"https://api.example.com/v1\"", "\"https://api.onedrive.com/v1.0\"");

        var diagnostic = AssertSingle(spec, "ODG1010", "\"https://api.onedrive.com/v1.0\"");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("Microsoft Graph", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void MissingRequiredKeyIsReportedAtItsObject()
    {
        var spec = Specs.MiniWith("{ \"name\": \"upload\", \"method\": \"PUT\",", "{ \"name\": \"upload\",");

        var diagnostic = AssertSingle(spec, "ODG1011", "{ \"name\": \"upload\"");

        Assert.Contains("'method'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void InvalidMethod()
    {
        AssertSingle(Specs.MiniWith("\"method\": \"PUT\"", "\"method\": \"FETCH\""), "ODG1017", "\"FETCH\"");
    }

    [Fact]
    public void TokenRequestsMustBeFormEncoded()
    {
        var diagnostic = AssertSingle(Specs.MiniWith("\"application/x-www-form-urlencoded\"", "\"application/json\""), "ODG1024", "\"application/json\"");

        Assert.Contains("x-www-form-urlencoded", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SamePositionWithTwoParameterNames()
    {
        var spec = Specs.MiniWith(
            "\"item-path\": { \"type\": \"path\", \"accessor\": \"ItemWithPath\" }",
            "\"item-path\": { \"type\": \"path\", \"accessor\": \"ItemWithPath\" },\n    \"other-id\": { \"type\": \"id\" }")
            .Replace("\"/items/{item-id}/content\"", "\"/items/{other-id}/content\"", StringComparison.Ordinal);

        var diagnostic = AssertSingle(spec, "ODG1013", "\"/items/{other-id}/content\"");

        Assert.Contains("'getItem'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SameMethodAndPathTwice()
    {
        var spec = Specs.MiniWith("\"path\": \"/root:/{item-path}:\"", "\"path\": \"/items/{item-id}\"");

        AssertSingle(spec, "ODG1013", "\"/items/{item-id}\"", occurrence: 2);
    }

    [Theory]
    [InlineData("items/{item-id}/content", "must start with '/'")]
    [InlineData("/items//content", "empty segment")]
    [InlineData("/items/{item-id}/content/", "must not end with '/'")]
    [InlineData("/items/x{item-id}/content", "mixes text and parameters")]
    [InlineData("/root:/{item-path}", "closing ':'")]
    public void MalformedPath(string path, string reason)
    {
        var diagnostic = AssertSingle(Specs.MiniWith("\"/items/{item-id}/content\"", $"\"{path}\""), "ODG1014", $"\"{path}\"");

        Assert.Contains(reason, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TwoSpecsGeneratingTheSameFilesAreReportedNotCrashed()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal class A { } }");
        var driver = GeneratorHarness.CreateDriver(new[]
        {
            new InMemoryAdditionalText("/a/mini-endpoints.json", Specs.Mini),
            new InMemoryAdditionalText("/b/mini-endpoints.json", Specs.Mini),
        });

        var result = driver.RunGenerators(compilation).GetRunResult();

        Assert.Contains(result.Diagnostics, d => d.Id == "ODG1003" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("namespace", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "ODG1000");
    }

    [Fact]
    public void FilesAreSelectedByNameOrMetadata()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal class A { } }");
        var perFile = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, string>>
        {
            ["/specs/marked.json"] = new System.Collections.Generic.Dictionary<string, string> { ["build_metadata.AdditionalFiles.OneDriveGenSpec"] = "true" },
            ["/specs/optout-endpoints.json"] = new System.Collections.Generic.Dictionary<string, string> { ["build_metadata.AdditionalFiles.OneDriveGenSpec"] = "false" },
        };
        var driver = GeneratorHarness.CreateDriver(
            new[]
            {
                new InMemoryAdditionalText("/specs/marked.json", Specs.Mini),
                new InMemoryAdditionalText("/specs/optout-endpoints.json", "not json at all"),
                new InMemoryAdditionalText("/specs/readme.json", "not json either"),
            },
            perFile: perFile);

        var result = driver.RunGenerators(compilation).GetRunResult();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.HintName == "Mini.Api.MiniClient.g.cs");
    }

    [Fact]
    public void OldLanguageVersionIsOneClearErrorAndNoCode()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace MyApp { internal class A { } }");
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new OneDriveGenerator().AsSourceGenerator() },
            new[] { new InMemoryAdditionalText(SpecPath, Specs.Mini) },
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10));

        var result = driver.RunGenerators(compilation).GetRunResult();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ODG1015", diagnostic.Id);
        Assert.Contains("C# 10", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    /// <summary>
    /// Runs the generator and asserts exactly one diagnostic with <paramref name="id"/>, located at the
    /// <paramref name="occurrence"/>-th place of <paramref name="marker"/> in the spec (plus an offset), and that a
    /// spec with an error generates no code at all.
    /// </summary>
    internal static Diagnostic AssertSingle(string spec, string id, string marker, int offsetInMarker = 0, int occurrence = 1, bool lastOccurrence = false)
    {
        var result = GeneratorHarness.Run(spec, SpecPath);
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"expected one {id}, got: {string.Join("; ", result.Diagnostics)}");
        var diagnostic = matching[0];

        var index = lastOccurrence ? spec.LastIndexOf(marker, StringComparison.Ordinal) : -1;
        for (var i = 0; i < occurrence && !lastOccurrence; i++)
        {
            index = spec.IndexOf(marker, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"marker '{marker}' not found");
        index += offsetInMarker;
        var expectedLine = spec.Take(index).Count(c => c == '\n');
        var expectedColumn = index - (spec.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(SpecPath, span.Path);
        Assert.Equal((expectedLine + 1, expectedColumn + 1), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.StartsWith(OneDriveGen.Common.Diagnostics.DiagnosticEntry.HelpLinkBase, diagnostic.Descriptor.HelpLinkUri);

        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            Assert.Empty(result.Sources);
        }

        return diagnostic;
    }
}
