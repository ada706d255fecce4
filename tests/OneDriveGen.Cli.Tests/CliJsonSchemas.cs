using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>The published schemas of odg's --json output (docs/cli-json), loaded once and registered by their $id.</summary>
internal static class CliJsonSchemas
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "docs", "cli-json");

    private static readonly Dictionary<string, JsonSchema> ByName = Load();

    /// <summary>Parses <paramref name="text"/> as one JSON document and asserts it is valid against <c>{name}.schema.json</c>.</summary>
    public static JsonNode Validate(string name, string text)
    {
        var document = JsonNode.Parse(text);
        Assert.NotNull(document);
        using var parsed = System.Text.Json.JsonDocument.Parse(text);
        var result = ByName[name].Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"not valid against {name}.schema.json:\n{string.Join("\n", errors)}\n---\n{text}");
        return document!;
    }

    public static IEnumerable<string> Names => ByName.Keys;

    private static Dictionary<string, JsonSchema> Load()
    {
        var schemas = new Dictionary<string, JsonSchema>();
        foreach (var file in Directory.GetFiles(Folder, "*.schema.json"))
        {
            var schema = JsonSchema.FromText(File.ReadAllText(file));
            SchemaRegistry.Global.Register(schema);
            schemas[Path.GetFileName(file)[..^".schema.json".Length]] = schema;
        }

        return schemas;
    }
}
