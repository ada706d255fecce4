using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OneDriveGen.Generator.Tests.Fuzz;

/// <summary>
/// A mutable JSON tree for the fuzzer. Unlike System.Text.Json's nodes it keeps duplicate keys and writes text
/// verbatim (a U+2028 stays a raw character), because those are exactly the inputs the generator must survive.
/// </summary>
internal abstract class JsonTree
{
    public static JsonTree Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return From(document.RootElement);
    }

    public abstract JsonTree Clone();

    public string Write()
    {
        var builder = new StringBuilder();
        WriteTo(builder, 0);
        return builder.ToString();
    }

    public abstract void WriteTo(StringBuilder builder, int indent);

    /// <summary>Every node below and including this one, with its parent (null for the root).</summary>
    public IEnumerable<(JsonTree Node, JsonTree? Parent)> Walk()
    {
        var stack = new Stack<(JsonTree, JsonTree?)>();
        stack.Push((this, null));
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            yield return (node, parent);
            foreach (var child in node.Children().Reverse())
            {
                stack.Push((child, node));
            }
        }
    }

    protected virtual IEnumerable<JsonTree> Children() => Enumerable.Empty<JsonTree>();

    private static JsonTree From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObjectTree(element.EnumerateObject().Select(p => new JsonMember(p.Name, From(p.Value))).ToList()),
        JsonValueKind.Array => new JsonArrayTree(element.EnumerateArray().Select(From).ToList()),
        JsonValueKind.String => new JsonStringTree(element.GetString()!),
        _ => new JsonLiteralTree(element.GetRawText()),
    };

    protected static void NewLine(StringBuilder builder, int indent) => builder.Append('\n').Append(' ', indent * 2);
}

/// <summary>One key and its value; the key may repeat within its object.</summary>
internal sealed class JsonMember(string key, JsonTree value)
{
    public string Key { get; set; } = key;

    public JsonTree Value { get; set; } = value;
}

internal sealed class JsonObjectTree(List<JsonMember> members) : JsonTree
{
    public List<JsonMember> Members { get; } = members;

    public override JsonTree Clone() => new JsonObjectTree(Members.Select(m => new JsonMember(m.Key, m.Value.Clone())).ToList());

    public override void WriteTo(StringBuilder builder, int indent)
    {
        builder.Append('{');
        for (var i = 0; i < Members.Count; i++)
        {
            NewLine(builder, indent + 1);
            JsonStringTree.WriteString(builder, Members[i].Key);
            builder.Append(": ");
            Members[i].Value.WriteTo(builder, indent + 1);
            builder.Append(i + 1 < Members.Count ? "," : string.Empty);
        }

        NewLine(builder, indent);
        builder.Append('}');
    }

    protected override IEnumerable<JsonTree> Children() => Members.Select(m => m.Value);
}

internal sealed class JsonArrayTree(List<JsonTree> items) : JsonTree
{
    public List<JsonTree> Items { get; } = items;

    public override JsonTree Clone() => new JsonArrayTree(Items.Select(i => i.Clone()).ToList());

    public override void WriteTo(StringBuilder builder, int indent)
    {
        builder.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            NewLine(builder, indent + 1);
            Items[i].WriteTo(builder, indent + 1);
            builder.Append(i + 1 < Items.Count ? "," : string.Empty);
        }

        NewLine(builder, indent);
        builder.Append(']');
    }

    protected override IEnumerable<JsonTree> Children() => Items;
}

internal sealed class JsonStringTree(string value) : JsonTree
{
    public string Value { get; set; } = value;

    public override JsonTree Clone() => new JsonStringTree(Value);

    public override void WriteTo(StringBuilder builder, int indent) => WriteString(builder, Value);

    /// <summary>Escapes only what JSON requires, so every other character reaches the generator raw.</summary>
    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }
}

/// <summary>A number, true, false or null, kept as its raw text.</summary>
internal sealed class JsonLiteralTree(string raw) : JsonTree
{
    public string Raw { get; } = raw;

    public override JsonTree Clone() => new JsonLiteralTree(Raw);

    public override void WriteTo(StringBuilder builder, int indent) => builder.Append(Raw);
}
