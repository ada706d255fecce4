using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Json;

namespace OneDriveGen.Generator.Spec;

/// <summary>Reads the spec's <c>models</c> section.</summary>
internal static class ModelReader
{
    internal static readonly string[] ModelKeys = { "description", "error", "message", "properties" };
    internal static readonly string[] PropertyKeys = { "type", "description", "name" };

    // What every generated model already has, as its emitters define it: a property may not take these names,
    // and a model may not be named like one of its own members.
    private static readonly HashSet<string> ReservedMembers = new(ModelEmitter.Members.Concat(ModelJsonEmitter.Members).Concat(ObjectMembers.Names));

    public static List<ModelDef> Read(SpecReadContext context, JsonNode? section)
    {
        var result = new List<ModelDef>();
        if (section is null)
        {
            return result;
        }

        var names = new HashSet<string>(section.Properties.Select(p => p.Name));
        var pending = new List<(JsonProperty Key, ObjectReader Reader, List<PropertyDef> Properties)>();
        foreach (var modelProperty in context.Entries(section, "model"))
        {
            var reader = ObjectReader.Open(context, modelProperty.Value, $"model '{modelProperty.Name}'", ModelKeys);
            if (reader is null)
            {
                continue;
            }

            var className = NameChecks.Pascal(context, modelProperty);
            if (className != modelProperty.Name && Identifiers.IsValid(className))
            {
                context.ReportKey(SpecDiagnostics.InvalidIdentifier, modelProperty, modelProperty.Name, $"model names are used as C# type names as written; use '{className}'");
            }
            else if (ReservedMembers.Contains(className) || (reader.Bool("error") && ModelEmitter.ErrorMembers.Contains(className)))
            {
                context.ReportKey(SpecDiagnostics.InvalidIdentifier, modelProperty, modelProperty.Name, $"'{className}' is a member of every generated model, and a type may not share its name with a member");
            }

            var properties = ReadProperties(context, reader, names, className);
            pending.Add((modelProperty, reader, properties));
        }

        var byName = pending.ToDictionary(p => p.Key.Name, p => p.Properties);
        foreach (var (key, reader, properties) in pending)
        {
            var isError = reader.Bool("error");
            string? message = null;
            var messageNode = reader.Value("message", JsonKind.String);
            if (messageNode is not null)
            {
                message = ResolveMessage(context, messageNode, properties, byName);
            }

            result.Add(new ModelDef(key.Name, reader.String("description") ?? string.Empty, isError, message, properties.ToEquatableArray()));
        }

        return result;
    }

    private static List<PropertyDef> ReadProperties(SpecReadContext context, ObjectReader model, HashSet<string> modelNames, string className)
    {
        var result = new List<PropertyDef>();
        var section = model.Object("properties");
        if (section is null)
        {
            return result;
        }

        var isError = model.Bool("error");
        var csharpNames = new HashSet<string>();
        foreach (var property in context.Entries(section))
        {
            var reader = ObjectReader.Open(context, property.Value, $"property '{property.Name}'", PropertyKeys);
            if (reader is null)
            {
                continue;
            }

            var nameNode = reader.Value("name", JsonKind.String);
            var csharpName = nameNode is null ? NameChecks.Pascal(context, property) : NameChecks.Pascal(context, nameNode, nameNode.Text!);
            var nameStart = nameNode?.Start ?? property.KeyStart;
            var nameEnd = nameNode?.End ?? property.KeyEnd;
            if (csharpName == className || ReservedMembers.Contains(csharpName) || (isError && ModelEmitter.ErrorMembers.Contains(csharpName)))
            {
                context.Report(SpecDiagnostics.InvalidIdentifier, nameStart, nameEnd, property.Name, $"'{csharpName}' clashes with a member of the generated type; give the property a \"name\"");
            }
            else if (!csharpNames.Add(csharpName))
            {
                context.Report(SpecDiagnostics.InvalidIdentifier, nameStart, nameEnd, property.Name, $"another property is already named '{csharpName}'; give this one a \"name\"");
            }

            var typeNode = reader.Value("type", JsonKind.String, required: true);
            var type = typeNode is null ? new TypeRef("string", false, PrimitiveType.String) : ParseType(context, typeNode, modelNames);
            result.Add(new PropertyDef(property.Name, csharpName, type, reader.String("description") ?? string.Empty));
        }

        return result;
    }

    /// <summary>Parses <c>string</c>, <c>DriveItem</c>, <c>DriveItem[]</c>…; reports ODG1006 for an unknown type.</summary>
    public static TypeRef ParseType(SpecReadContext context, JsonNode node, ICollection<string> modelNames)
    {
        var text = node.Text!;
        var isCollection = text.EndsWith("[]", System.StringComparison.Ordinal);
        var name = isCollection ? text.Substring(0, text.Length - 2) : text;
        if (PrimitiveType.Find(name) is { } primitive)
        {
            return new TypeRef(name, isCollection, primitive);
        }

        if (!modelNames.Contains(name))
        {
            context.Report(SpecDiagnostics.UnknownType, node, "type", text, DidYouMean.Suggest(name, PrimitiveType.All.Select(p => p.SpecName).Concat(modelNames)));
        }

        return new TypeRef(name, isCollection, null);
    }

    private static string? ResolveMessage(SpecReadContext context, JsonNode node, List<PropertyDef> properties, Dictionary<string, List<PropertyDef>> models)
    {
        var parts = node.Text!.Split('.');
        var expression = new List<string>();
        var current = properties;
        for (var i = 0; i < parts.Length; i++)
        {
            var property = current.FirstOrDefault(p => p.JsonName == parts[i]);
            var last = i == parts.Length - 1;
            if (property is null || property.Type.IsCollection || (last ? property.Type.Primitive != PrimitiveType.String : !property.Type.IsModel)
                || (!last && !models.TryGetValue(property.Type.Name, out current)))
            {
                context.Report(SpecDiagnostics.InvalidMessageProperty, node, node.Text!);
                return null;
            }

            expression.Add(property.CSharpName);
        }

        return string.Join("?.", expression);
    }
}
