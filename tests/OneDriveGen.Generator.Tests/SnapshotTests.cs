using System.Linq;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

public class SnapshotTests
{
    [Fact]
    public void ShippedSpec()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ShippedSpec, GeneratorHarness.ShippedSpecPath);

        Assert.Empty(result.Diagnostics);
        Snapshot.VerifyAll(nameof(ShippedSpec), result.Sources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void MiniSpec()
    {
        var result = GeneratorHarness.Run(Specs.Mini, "/specs/mini-endpoints.json");

        Assert.Empty(result.Diagnostics);
        Snapshot.VerifyAll(nameof(MiniSpec), result.Sources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void KeywordsAndSymbolsInNames()
    {
        var spec = Specs.MiniWith("\"size\": { \"type\": \"int64\" }", "\"class\": { \"type\": \"int64\" }, \"@odata.type\": { \"type\": \"string\" }, \"request-id\": { \"type\": \"string\" }")
            .Replace("\"item-id\": { \"type\": \"id\", \"description\": \"The item ID.\" }", "\"item-id\": { \"type\": \"id\", \"description\": \"The <item> \\\"ID\\\" & more.\" }", System.StringComparison.Ordinal);
        var result = GeneratorHarness.Run(spec, "/specs/mini-endpoints.json");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        Snapshot.VerifyAll(nameof(KeywordsAndSymbolsInNames), result.Sources
            .Where(s => s.HintName.Contains(".Models.Item.", System.StringComparison.Ordinal) || s.HintName.Contains("ItemsRequestBuilder", System.StringComparison.Ordinal))
            .Select(s => (s.HintName, s.SourceText.ToString())));
    }
}
