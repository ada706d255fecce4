using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace OneDriveGen.Runtime.Json;

/// <summary>
/// Reads a JSON value the spec does not declare into Kiota's untyped nodes, as Kiota's own parse nodes keep it in
/// <c>AdditionalData</c>: custom thumbnail sizes and other open properties stay readable.
/// </summary>
public static class UntypedJson
{
    /// <summary>Reads the value at the reader's current token, consuming it whole.</summary>
    /// <param name="reader">Positioned on the value's first token.</param>
    public static UntypedNode Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new Dictionary<string, UntypedNode>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    properties[name] = Read(ref reader);
                }

                return new UntypedObject(properties);
            case JsonTokenType.StartArray:
                var items = new List<UntypedNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader));
                }

                return new UntypedArray(items);
            case JsonTokenType.String:
                return new UntypedString(reader.GetString());
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var small) ? new UntypedInteger(small)
                    : reader.TryGetInt64(out var large) ? new UntypedLong(large)
                    : new UntypedDouble(reader.GetDouble());
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new UntypedBoolean(reader.GetBoolean());
            default:
                return new UntypedNull();
        }
    }
}
