using System.Collections.Generic;
using System.Linq;

namespace OneDriveGen.Generator.Spec;

/// <summary>How a primitive is written with System.Text.Json's <c>Utf8JsonWriter</c>.</summary>
internal enum JsonValueKind
{
    String,
    Number,
    Boolean,
}

/// <summary>
/// The spec's primitive types, each defined once with everything an emitter needs: to add one, add a line to
/// <see cref="All"/>. Instances are singletons, so a <see cref="TypeRef"/> holding one stays value-equatable.
/// </summary>
internal sealed class PrimitiveType
{
    public static readonly PrimitiveType String = new("string", "string", isValueType: false, "GetStringValue", "WriteStringValue", utf8Getter: null, JsonValueKind.String, "string", null);
    public static readonly PrimitiveType Int32 = new("int32", "int", isValueType: true, "GetIntValue", "WriteIntValue", "GetInt32", JsonValueKind.Number, "integer", "int32");
    public static readonly PrimitiveType Int64 = new("int64", "long", isValueType: true, "GetLongValue", "WriteLongValue", "GetInt64", JsonValueKind.Number, "integer", "int64");
    public static readonly PrimitiveType Double = new("double", "double", isValueType: true, "GetDoubleValue", "WriteDoubleValue", "GetDouble", JsonValueKind.Number, "number", "double");
    public static readonly PrimitiveType Boolean = new("boolean", "bool", isValueType: true, "GetBoolValue", "WriteBoolValue", "GetBoolean", JsonValueKind.Boolean, "boolean", null);
    public static readonly PrimitiveType DateTimeOffset = new("dateTimeOffset", "global::System.DateTimeOffset", isValueType: true, "GetDateTimeOffsetValue", "WriteDateTimeOffsetValue", "GetDateTimeOffset", JsonValueKind.String, "string", "date-time");
    public static readonly PrimitiveType Guid = new("guid", "global::System.Guid", isValueType: true, "GetGuidValue", "WriteGuidValue", "GetGuid", JsonValueKind.String, "string", "uuid");

    /// <summary>Every primitive, in the order the docs list them.</summary>
    public static readonly IReadOnlyList<PrimitiveType> All = new[] { String, Int32, Int64, Double, Boolean, DateTimeOffset, Guid };

    private PrimitiveType(string specName, string csharpType, bool isValueType, string kiotaGetter, string kiotaWriter, string? utf8Getter, JsonValueKind jsonKind, string schemaType, string? schemaFormat)
    {
        SpecName = specName;
        CSharpType = csharpType;
        IsValueType = isValueType;
        KiotaGetter = kiotaGetter;
        KiotaWriter = kiotaWriter;
        Utf8Getter = utf8Getter;
        JsonKind = jsonKind;
        SchemaType = schemaType;
        SchemaFormat = schemaFormat;
    }

    /// <summary>The name in the spec: <c>int32</c>.</summary>
    public string SpecName { get; }

    /// <summary>The C# type, <c>global::</c>-qualified where it is not a keyword.</summary>
    public string CSharpType { get; }

    /// <summary>A value type: nullable in models (absent from the JSON) and in collections.</summary>
    public bool IsValueType { get; }

    /// <summary>Kiota's <c>IParseNode</c> method that reads one.</summary>
    public string KiotaGetter { get; }

    /// <summary>Kiota's <c>ISerializationWriter</c> method that writes one.</summary>
    public string KiotaWriter { get; }

    /// <summary><c>Utf8JsonReader</c>'s getter; null for a string, which may be JSON null.</summary>
    public string? Utf8Getter { get; }

    /// <summary>The JSON value it is written as.</summary>
    public JsonValueKind JsonKind { get; }

    /// <summary>Its JSON Schema <c>type</c>.</summary>
    public string SchemaType { get; }

    /// <summary>Its JSON Schema <c>format</c>, where one applies.</summary>
    public string? SchemaFormat { get; }

    /// <summary>The primitive named <paramref name="specName"/> in the spec, or null.</summary>
    public static PrimitiveType? Find(string specName) => All.FirstOrDefault(p => p.SpecName == specName);

    public override string ToString() => SpecName;
}
