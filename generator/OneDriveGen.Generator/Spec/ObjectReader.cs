using System.Collections.Generic;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Json;

namespace OneDriveGen.Generator.Spec;

/// <summary>
/// Reads one JSON object of the spec against the keys it may have: unknown keys (with a suggestion),
/// duplicate keys, missing required keys and values of the wrong kind are reported where they are written.
/// </summary>
internal sealed class ObjectReader
{
    private readonly SpecReadContext _context;
    private readonly string _what;

    private ObjectReader(SpecReadContext context, JsonNode node, string what)
    {
        _context = context;
        Node = node;
        _what = what;
    }

    public JsonNode Node { get; }

    /// <summary>Returns a reader for <paramref name="node"/>, or null (reported) when it is not an object.</summary>
    public static ObjectReader? Open(SpecReadContext context, JsonNode node, string what, params string[] knownKeys)
    {
        if (node.Kind != JsonKind.Object)
        {
            context.Report(SpecDiagnostics.WrongJsonKind, node, what, "a JSON object");
            return null;
        }

        var seen = new HashSet<string>();
        foreach (var property in node.Properties)
        {
            if (!seen.Add(property.Name))
            {
                context.ReportKey(SpecDiagnostics.DuplicateName, property, "key", property.Name);
            }
            else if (System.Array.IndexOf(knownKeys, property.Name) < 0)
            {
                context.ReportKey(
                    SpecDiagnostics.UnknownKey,
                    property,
                    property.Name,
                    what,
                    DidYouMean.Suggest(property.Name, knownKeys));
            }
        }

        return new ObjectReader(context, node, what);
    }

    public JsonProperty? Property(string key, bool required = false)
    {
        var property = Node.Find(key);
        if (property is null && required)
        {
            _context.Report(SpecDiagnostics.MissingKey, Node.Start, Node.Start, _what, key);
        }

        return property;
    }

    public JsonNode? Value(string key, JsonKind kind, bool required = false)
    {
        var property = Property(key, required);
        if (property is null)
        {
            return null;
        }

        if (property.Value.Kind != kind)
        {
            _context.Report(SpecDiagnostics.WrongJsonKind, property.Value, $"'{key}'", Describe(kind));
            return null;
        }

        return property.Value;
    }

    public string? String(string key, bool required = false) => Value(key, JsonKind.String, required)?.Text;

    public bool Bool(string key) => Value(key, JsonKind.Boolean)?.Text == "true";

    public JsonNode? Object(string key, bool required = false) => Value(key, JsonKind.Object, required);

    /// <summary>An array of strings, each item returned with its node so it can be reported on.</summary>
    public List<JsonNode> Strings(string key, bool required = false)
    {
        var result = new List<JsonNode>();
        var array = Value(key, JsonKind.Array, required);
        if (array is null)
        {
            return result;
        }

        // A list names things once: a repeated entry would be a second switch arm, property or parameter.
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var item in array.Items)
        {
            if (item.Kind == JsonKind.String && !seen.Add(item.Text!))
            {
                _context.Report(SpecDiagnostics.DuplicateName, item, $"entry in '{key}'", item.Text!);
            }
            else if (item.Kind == JsonKind.String)
            {
                result.Add(item);
            }
            else
            {
                _context.Report(SpecDiagnostics.WrongJsonKind, item, $"Each item of '{key}'", "a string");
            }
        }

        return result;
    }

    private static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Object => "a JSON object",
        JsonKind.Array => "a JSON array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "true or false",
        _ => "null",
    };
}
