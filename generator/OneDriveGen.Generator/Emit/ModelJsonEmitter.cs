using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Emit;

/// <summary>
/// Emits a model's direct UTF-8 JSON reader and writer: properties matched on their UTF-8 names, undeclared ones
/// kept in AdditionalData as Kiota keeps them, no reflection and no JsonDocument. The runtime's request path reads responses with it; the Kiota
/// <c>IParsable</c> members stay for interoperability.
/// </summary>
internal static class ModelJsonEmitter
{
    /// <summary>The members this emitter adds to every model.</summary>
    public static readonly string[] Members = { "ReadJson", "WriteJson" };

    private const string Json = "global::System.Text.Json";

    public static SourceText Emit(ModelJsonUnit unit)
    {
        var model = unit.Model;
        var self = $"global::{unit.Namespace}.{model.Name}";
        var writer = FileHeader.Start(unit.Namespace);
        CodeText.Summary(writer, $"Direct UTF-8 JSON reading and writing of {model.Name}.");
        using (writer.OpenBlock($"public partial class {model.Name}"))
        {
            CodeText.Summary(writer, $"Reads a {model.Name} from the JSON value at the reader's current token (an object, or null); undeclared properties go to AdditionalData as Kiota untyped nodes.");
            writer.WriteLine("/// <param name=\"reader\">A reader over the whole value, positioned on its first token.</param>");
            writer.WriteLine($"/// <exception cref=\"{Json}.JsonException\">The value is not an object, or an array property is not an array.</exception>");
            writer.WriteLine("/// <exception cref=\"global::System.InvalidOperationException\">A value has the wrong JSON type for its property.</exception>");
            using (writer.OpenBlock($"public static {self}? ReadJson(ref {Json}.Utf8JsonReader reader)"))
            {
                writer.WriteLine($"if (reader.TokenType == {Json}.JsonTokenType.Null) return null;");
                writer.WriteLine($"if (reader.TokenType != {Json}.JsonTokenType.StartObject) throw new {Json}.JsonException({CodeText.Literal($"Expected a JSON object for {model.Name}.")});");
                writer.WriteLine($"var parsed = new {self}();");
                using (writer.OpenBlock($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)"))
                {
                    var first = true;
                    foreach (var property in model.Properties)
                    {
                        using (writer.OpenBlock($"{(first ? string.Empty : "else ")}if (reader.ValueTextEquals({CodeText.Literal(property.JsonName)}u8))"))
                        {
                            writer.WriteLine("reader.Read();");
                            WriteRead(writer, property, unit.Namespace);
                        }

                        first = false;
                    }

                    // Kept as Kiota keeps them (custom thumbnail sizes live here); nothing is allocated when there are none.
                    using (writer.OpenBlock(first ? null : "else"))
                    {
                        writer.WriteLine("var name = reader.GetString()!;");
                        writer.WriteLine("reader.Read();");
                        writer.WriteLine("parsed.AdditionalData[name] = global::OneDriveGen.Runtime.Generated.UntypedJson.Read(ref reader);");
                    }
                }

                writer.WriteLine("return parsed;");
            }

            writer.WriteLine();
            CodeText.Summary(writer, $"Writes this {model.Name} as a JSON object with the declared properties that are set.");
            writer.WriteLine("/// <param name=\"writer\">The writer to write to.</param>");
            using (writer.OpenBlock($"public void WriteJson({Json}.Utf8JsonWriter writer)"))
            {
                writer.WriteLine("if (ReferenceEquals(writer, null)) throw new global::System.ArgumentNullException(nameof(writer));");
                writer.WriteLine("writer.WriteStartObject();");
                foreach (var property in model.Properties)
                {
                    WriteWrite(writer, property);
                }

                writer.WriteLine("writer.WriteEndObject();");
            }
        }

        return writer.ToSourceText();
    }

    private static void WriteRead(SourceWriter writer, PropertyDef property, string ns)
    {
        var target = "parsed." + property.CSharpName;
        var type = property.Type;
        if (!type.IsCollection)
        {
            writer.WriteLine($"{target} = {ValueExpression(type, ns)};");
            return;
        }

        using (writer.OpenBlock($"if (reader.TokenType == {Json}.JsonTokenType.Null) {target} = null;\nelse"))
        {
            writer.WriteLine($"if (reader.TokenType != {Json}.JsonTokenType.StartArray) throw new {Json}.JsonException({CodeText.Literal($"Expected a JSON array for {property.JsonName}.")});");
            writer.WriteLine($"var items = new global::System.Collections.Generic.List<{ModelEmitter.ElementType(type, ns)}>();");
            using (writer.OpenBlock($"while (reader.Read() && reader.TokenType != {Json}.JsonTokenType.EndArray)"))
            {
                // A null element of a model or string array is dropped: the list's element type is not nullable.
                writer.WriteLine(type.IsModel ? $"if (global::{ns}.{type.Name}.ReadJson(ref reader) is {{ }} item) items.Add(item);"
                    : type.Primitive == PrimitiveType.String ? "if (reader.GetString() is { } text) items.Add(text);"
                    : $"items.Add({ValueExpression(type, ns)});");
            }

            writer.WriteLine($"{target} = items;");
        }
    }

    // The reader is on the value's token.
    private static string ValueExpression(TypeRef type, string ns)
    {
        if (type.IsModel)
        {
            return $"global::{ns}.{type.Name}.ReadJson(ref reader)";
        }

        var isNull = $"reader.TokenType == {Json}.JsonTokenType.Null";
        var primitive = type.Primitive!;
        return primitive.Utf8Getter is null
            ? $"{isNull} ? null : reader.GetString()"
            : $"{isNull} ? default({primitive.CSharpType}?) : reader.{primitive.Utf8Getter}()";
    }

    private static void WriteWrite(SourceWriter writer, PropertyDef property)
    {
        var name = CodeText.Literal(property.JsonName) + "u8";
        var value = "this." + property.CSharpName;
        var type = property.Type;
        if (type.IsCollection)
        {
            using (writer.OpenBlock($"if ({value} is not null)"))
            {
                writer.WriteLine($"writer.WriteStartArray({name});");
                using (writer.OpenBlock($"foreach (var item in {value})"))
                {
                    writer.WriteLine(type.IsModel ? "item.WriteJson(writer);" : ElementWrite(type.Primitive!));
                }

                writer.WriteLine("writer.WriteEndArray();");
            }

            return;
        }

        if (type.IsModel)
        {
            using (writer.OpenBlock($"if ({value} is not null)"))
            {
                writer.WriteLine($"writer.WritePropertyName({name});");
                writer.WriteLine($"{value}.WriteJson(writer);");
            }

            return;
        }

        var primitive = type.Primitive!;
        writer.WriteLine(primitive.IsValueType
            ? $"if ({value}.HasValue) writer.Write{primitive.JsonKind}({name}, {value}.Value);"
            : $"if ({value} is not null) writer.Write{primitive.JsonKind}({name}, {value});");
    }

    private static string ElementWrite(PrimitiveType primitive) => primitive.IsValueType
        ? $"if (item.HasValue) writer.Write{primitive.JsonKind}Value(item.Value); else writer.WriteNullValue();"
        : $"writer.Write{primitive.JsonKind}Value(item);";
}
