using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;
using System.ComponentModel;

namespace OneDriveGen.Runtime.Generated;

/// <summary>
/// Reads a JSON value the spec does not declare into Kiota's untyped nodes, as Kiota's own parse nodes keep it in
/// <c>AdditionalData</c>: custom thumbnail sizes and other open properties stay readable.
/// Called by generated code; not part of the API users are meant to call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
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

    /// <summary>Writes <paramref name="node"/> back to UTF-8 JSON, so a generated reader can read it as a model.</summary>
    public static ReadOnlyMemory<byte> Write(UntypedNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        return buffer.WrittenMemory;
    }

    private static void Write(Utf8JsonWriter writer, UntypedNode node)
    {
        switch (node)
        {
            case UntypedObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.GetValue())
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case UntypedArray array:
                writer.WriteStartArray();
                foreach (var item in array.GetValue())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case UntypedString text when text.GetValue() is { } value:
                writer.WriteStringValue(value);
                break;
            case UntypedInteger i:
                writer.WriteNumberValue(i.GetValue());
                break;
            case UntypedLong l:
                writer.WriteNumberValue(l.GetValue());
                break;
            case UntypedDouble d:
                writer.WriteNumberValue(d.GetValue());
                break;
            case UntypedFloat f:
                writer.WriteNumberValue(f.GetValue());
                break;
            case UntypedDecimal m:
                writer.WriteNumberValue(m.GetValue());
                break;
            case UntypedBoolean b:
                writer.WriteBooleanValue(b.GetValue());
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
