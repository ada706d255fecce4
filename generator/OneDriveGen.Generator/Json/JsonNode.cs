using System.Collections.Generic;

namespace OneDriveGen.Generator.Json;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A position in the spec text: offset, and 0-based line and column.</summary>
internal readonly record struct JsonPosition(int Offset, int Line, int Column);

/// <summary>A parsed JSON value that remembers where it was written.</summary>
internal sealed class JsonNode
{
    public JsonNode(JsonKind kind, JsonPosition start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonKind Kind { get; }

    public JsonPosition Start { get; }

    public JsonPosition End { get; set; }

    /// <summary>The decoded string, the raw number text, or "true"/"false".</summary>
    public string? Text { get; set; }

    public List<JsonProperty> Properties { get; } = new();

    public List<JsonNode> Items { get; } = new();

    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>An object member with the position of its key.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, JsonPosition keyStart, JsonPosition keyEnd, JsonNode value)
    {
        Name = name;
        KeyStart = keyStart;
        KeyEnd = keyEnd;
        Value = value;
    }

    public string Name { get; }

    public JsonPosition KeyStart { get; }

    public JsonPosition KeyEnd { get; }

    public JsonNode Value { get; }
}
