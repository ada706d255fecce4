using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Json;

namespace OneDriveGen.Generator.Spec;

/// <summary>A declared path parameter, with its key kept so an unused one can be reported.</summary>
internal sealed class DeclaredPathParameter
{
    public DeclaredPathParameter(PathParameterDef definition, JsonProperty key)
    {
        Definition = definition;
        Key = key;
    }

    public PathParameterDef Definition { get; }

    public JsonProperty Key { get; }

    public bool Used { get; set; }
}

/// <summary>Reads the spec's <c>pathParameters</c> and <c>queryParameters</c> sections.</summary>
internal static class ParameterReader
{
    internal static readonly string[] PathParameterKeys = { "type", "description", "accessor" };
    private static readonly string[] PathParameterTypes = { "id", "path", "odataString" };
    internal static readonly string[] QueryParameterKeys = { "wireName", "type", "description", "name" };
    // What Kiota's query-parameter writer takes: a subset of the primitives (PrimitiveType), strings also as a list.
    private static readonly string[] QueryParameterTypes = { "string", "string[]", "int32", "boolean" };

    public static List<DeclaredPathParameter> ReadPathParameters(SpecReadContext context, JsonNode? section)
    {
        var result = new List<DeclaredPathParameter>();
        if (section is null)
        {
            return result;
        }

        foreach (var property in context.Entries(section, "path parameter"))
        {
            var reader = ObjectReader.Open(context, property.Value, $"path parameter '{property.Name}'", PathParameterKeys);
            if (reader is null)
            {
                continue;
            }

            var csharpName = NameChecks.Pascal(context, property);
            var typeNode = reader.Value("type", JsonKind.String, required: true);
            var kind = PathParameterKind.Id;
            switch (typeNode?.Text)
            {
                case null:
                case "id":
                    break;
                case "path":
                    kind = PathParameterKind.Path;
                    break;
                case "odataString":
                    kind = PathParameterKind.ODataString;
                    break;
                default:
                    context.Report(SpecDiagnostics.NotAnAllowedValue, typeNode, typeNode.Text!, "path parameter type", string.Join(", ", PathParameterTypes), DidYouMean.Suggest(typeNode.Text!, PathParameterTypes));
                    break;
            }

            var accessorNode = reader.Value("accessor", JsonKind.String);
            var accessor = accessorNode is null ? null : NameChecks.Pascal(context, accessorNode, accessorNode.Text!);
            var definition = new PathParameterDef(property.Name, csharpName, kind, reader.String("description") ?? string.Empty, accessor);
            result.Add(new DeclaredPathParameter(definition, property));
        }

        return result;
    }

    public static Dictionary<string, QueryParameterDef> ReadQueryParameters(SpecReadContext context, JsonNode? section)
    {
        var result = new Dictionary<string, QueryParameterDef>();
        if (section is null)
        {
            return result;
        }

        foreach (var property in context.Entries(section, "query parameter"))
        {
            var reader = ObjectReader.Open(context, property.Value, $"query parameter '{property.Name}'", QueryParameterKeys);
            if (reader is null)
            {
                continue;
            }

            var nameNode = reader.Value("name", JsonKind.String);
            var csharpName = nameNode is null ? NameChecks.Pascal(context, property) : NameChecks.Pascal(context, nameNode, nameNode.Text!);
            NameChecks.NotTaken(context, nameNode?.Start ?? property.KeyStart, nameNode?.End ?? property.KeyEnd, property.Name, csharpName, ObjectMembers.Names, "query parameters class");
            var typeNode = reader.Value("type", JsonKind.String);
            var typeName = typeNode?.Text ?? PrimitiveType.String.SpecName;
            if (!QueryParameterTypes.Contains(typeName))
            {
                context.Report(SpecDiagnostics.NotAnAllowedValue, typeNode!, typeName, "query parameter type", string.Join(", ", QueryParameterTypes), DidYouMean.Suggest(typeName, QueryParameterTypes));
                typeName = PrimitiveType.String.SpecName;
            }

            var isList = typeName.EndsWith("[]", System.StringComparison.Ordinal);
            var element = isList ? typeName.Substring(0, typeName.Length - 2) : typeName;
            var type = new TypeRef(element, isList, PrimitiveType.Find(element));

            result[property.Name] = new QueryParameterDef(
                property.Name,
                reader.String("wireName") ?? property.Name,
                csharpName,
                type,
                reader.String("description") ?? string.Empty);
        }

        return result;
    }
}
