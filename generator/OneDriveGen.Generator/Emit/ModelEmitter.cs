using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Emit;

/// <summary>Emits a model as a Kiota <c>IParsable</c> with <c>AdditionalData</c> for undeclared properties.</summary>
internal static class ModelEmitter
{
    /// <summary>Members every model has besides its properties; the spec reader refuses properties (and models) named so.</summary>
    public static readonly string[] Members =
    {
        "AdditionalData", "Serialize", "GetFieldDeserializers", "CreateFromDiscriminatorValue",
    };

    /// <summary>Members an error model inherits from Kiota's ApiException and System.Exception, or overrides.</summary>
    public static readonly string[] ErrorMembers =
    {
        "Message", "ResponseStatusCode", "ResponseHeaders", "Data", "Source", "HelpLink",
        "InnerException", "StackTrace", "TargetSite", "HResult", "GetBaseException", "GetObjectData",
    };

    private const string Serialization = "global::Microsoft.Kiota.Abstractions.Serialization";

    public static SourceText Emit(ModelUnit unit)
    {
        var model = unit.Model;
        var self = $"global::{unit.Namespace}.{model.Name}";
        var writer = FileHeader.Start(unit.Namespace);
        CodeText.Summary(writer, model.Description.Length > 0 ? model.Description : $"The {model.Name} model.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        var bases = $"{Serialization}.IAdditionalDataHolder, {Serialization}.IParsable";
        if (model.IsError)
        {
            bases = "global::Microsoft.Kiota.Abstractions.ApiException, " + bases;
        }

        using (writer.OpenBlock($"public partial class {model.Name} : {bases}"))
        {
            foreach (var property in model.Properties)
            {
                var description = property.Description.Length > 0 ? property.Description : $"The {property.JsonName} property.";
                CodeText.Summary(writer, description + $" (JSON: {property.JsonName})");
                writer.WriteLine($"public {ClrType(property.Type, unit.Namespace)}? {property.CSharpName} {{ get; set; }}");
                writer.WriteLine();
            }

            // Created on first use: most models never carry undeclared properties, and a listing makes thousands.
            CodeText.Summary(writer, "Properties the spec does not declare, kept as they were read (by Kiota's parse nodes).");
            writer.WriteLine("public global::System.Collections.Generic.IDictionary<string, object> AdditionalData");
            writer.WriteLine("{");
            writer.WriteLine("    get => _additionalData ??= new global::System.Collections.Generic.Dictionary<string, object>();");
            writer.WriteLine("    set => _additionalData = value;");
            writer.WriteLine("}");
            writer.WriteLine();
            writer.WriteLine("private global::System.Collections.Generic.IDictionary<string, object>? _additionalData;");
            writer.WriteLine();
            if (model.IsError && model.MessageExpression is not null)
            {
                CodeText.Summary(writer, "The error message sent by the service.");
                writer.WriteLine($"public override string Message => {model.MessageExpression} ?? base.Message;");
                writer.WriteLine();
            }

            CodeText.Summary(writer, $"Creates a {model.Name} for the parse node to fill.");
            writer.WriteLine("/// <param name=\"parseNode\">The node to read from.</param>");
            using (writer.OpenBlock($"public static {self} CreateFromDiscriminatorValue({Serialization}.IParseNode parseNode)"))
            {
                writer.WriteLine("if (ReferenceEquals(parseNode, null)) throw new global::System.ArgumentNullException(nameof(parseNode));");
                writer.WriteLine($"return new {self}();");
            }

            writer.WriteLine();
            CodeText.Summary(writer, "The deserializers of the declared properties, by JSON name.");
            using (writer.OpenBlock($"public virtual global::System.Collections.Generic.IDictionary<string, global::System.Action<{Serialization}.IParseNode>> GetFieldDeserializers()"))
            {
                using (writer.OpenBlock($"return new global::System.Collections.Generic.Dictionary<string, global::System.Action<{Serialization}.IParseNode>>", "};"))
                {
                    foreach (var property in model.Properties)
                    {
                        writer.WriteLine($"{{ {CodeText.Literal(property.JsonName)}, n => {{ {property.CSharpName} = {ReadExpression(property.Type, unit.Namespace)}; }} }},");
                    }
                }
            }

            writer.WriteLine();
            CodeText.Summary(writer, "Writes the model, undeclared properties included.");
            writer.WriteLine("/// <param name=\"writer\">The writer to write to.</param>");
            using (writer.OpenBlock($"public virtual void Serialize({Serialization}.ISerializationWriter writer)"))
            {
                writer.WriteLine("if (ReferenceEquals(writer, null)) throw new global::System.ArgumentNullException(nameof(writer));");
                foreach (var property in model.Properties)
                {
                    writer.WriteLine(WriteStatement(property, unit.Namespace));
                }

                writer.WriteLine("writer.WriteAdditionalData(AdditionalData);");
            }
        }

        return writer.ToSourceText();
    }

    private static string ClrType(TypeRef type, string modelsNamespace)
    {
        var element = ElementType(type, modelsNamespace);
        return type.IsCollection ? $"global::System.Collections.Generic.List<{element}>" : element;
    }

    /// <summary>The C# type of one value of <paramref name="type"/> (a collection's element; nullable for value types in collections).</summary>
    internal static string ElementType(TypeRef type, string modelsNamespace)
    {
        if (type.IsModel)
        {
            return $"global::{modelsNamespace}.{type.Name}";
        }

        var primitive = type.Primitive!;
        return type.IsCollection && primitive.IsValueType ? primitive.CSharpType + "?" : primitive.CSharpType;
    }

    private static string ReadExpression(TypeRef type, string modelsNamespace)
    {
        if (type.IsModel)
        {
            var model = $"global::{modelsNamespace}.{type.Name}";
            return type.IsCollection
                ? $"n.GetCollectionOfObjectValues<{model}>({model}.CreateFromDiscriminatorValue) is {{ }} items ? global::System.Linq.Enumerable.ToList(items) : null"
                : $"n.GetObjectValue<{model}>({model}.CreateFromDiscriminatorValue)";
        }

        if (type.IsCollection)
        {
            var element = ElementType(type, modelsNamespace);
            return $"n.GetCollectionOfPrimitiveValues<{element}>() is {{ }} items ? global::System.Linq.Enumerable.ToList(items) : null";
        }

        return $"n.{type.Primitive!.KiotaGetter}()";
    }

    private static string WriteStatement(PropertyDef property, string modelsNamespace)
    {
        var name = CodeText.Literal(property.JsonName);
        var type = property.Type;
        if (type.IsModel)
        {
            var model = $"global::{modelsNamespace}.{type.Name}";
            return type.IsCollection
                ? $"writer.WriteCollectionOfObjectValues<{model}>({name}, {property.CSharpName});"
                : $"writer.WriteObjectValue<{model}>({name}, {property.CSharpName});";
        }

        if (type.IsCollection)
        {
            return $"writer.WriteCollectionOfPrimitiveValues<{ElementType(type, modelsNamespace)}>({name}, {property.CSharpName});";
        }

        return $"writer.{type.Primitive!.KiotaWriter}({name}, {property.CSharpName});";
    }
}
