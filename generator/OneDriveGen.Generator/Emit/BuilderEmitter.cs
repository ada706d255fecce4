using System.Linq;
using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Emit;

/// <summary>Emits one Kiota-shaped request builder (or the client entry type, the root builder).</summary>
internal static class BuilderEmitter
{
    private const string Kiota = "global::Microsoft.Kiota.Abstractions";
    private const string PathDictionary = "global::System.Collections.Generic.Dictionary<string, object>";

    /// <summary>
    /// Members every builder has besides its children and operations (its own, and BaseRequestBuilder's); the
    /// spec reader refuses path segments whose accessor would take one of these names.
    /// </summary>
    public static readonly string[] Members =
    {
        "RequestUrlTemplate", "DefaultBaseUrl", "WithUrl", "PathParameters", "RequestAdapter", "UrlTemplate",
        "RawUrl", "RentPathUrl", "BuildPathUrl", "ErrorMapping",
    };

    /// <summary>The builder class for a path segment whose namespace part is <paramref name="namespaceSegment"/>.</summary>
    public static string ClassName(string namespaceSegment) => namespaceSegment + "RequestBuilder";

    public static SourceText Emit(BuilderUnit unit)
    {
        var writer = FileHeader.Start(unit.Namespace);
        var isRoot = unit.DefaultBaseUrl is not null;
        CodeText.Summary(writer, unit.Description);
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public partial class {unit.ClassName} : {Kiota}.BaseRequestBuilder"))
        {
            writer.WriteLine("/// <summary>The RFC 6570 URI template this builder expands (IDs use simple expansion, so <c>!</c> is sent as <c>%21</c>).</summary>");
            writer.WriteLine($"public const string RequestUrlTemplate = {CodeText.Literal(unit.UrlTemplate)};");
            writer.WriteLine();
            if (isRoot)
            {
                WriteRootConstructor(writer, unit);
            }
            else
            {
                WriteConstructors(writer, unit);
            }

            foreach (var child in unit.Children)
            {
                WriteAccessor(writer, child);
            }

            if (unit.Operations.Count > 0)
            {
                OperationEmitter.WriteSharedRequestParts(writer, unit);
            }

            foreach (var operation in unit.Operations)
            {
                OperationEmitter.Write(writer, unit, operation);
            }

            if (!isRoot)
            {
                CodeText.Summary(writer, "Returns a builder for a raw URL, such as an @odata.nextLink, used exactly as given.");
                writer.WriteLine("/// <param name=\"rawUrl\">The URL to request.</param>");
                writer.WriteLine($"public global::{unit.Namespace}.{unit.ClassName} WithUrl(string rawUrl) => new global::{unit.Namespace}.{unit.ClassName}(rawUrl, RequestAdapter);");
            }

            foreach (var operation in unit.Operations.Where(o => o.QueryParameters.Count > 0))
            {
                OperationEmitter.WriteQueryParameters(writer, unit, operation);
            }
        }

        return writer.ToSourceText();
    }

    private static void WriteRootConstructor(SourceWriter writer, BuilderUnit unit)
    {
        writer.WriteLine($"/// <summary>The default base URL, used when the request adapter has none.</summary>");
        writer.WriteLine($"public const string DefaultBaseUrl = {CodeText.Literal(unit.DefaultBaseUrl!)};");
        writer.WriteLine();
        CodeText.Summary(writer, $"Creates the client on a Kiota request adapter; its BaseUrl (default {unit.DefaultBaseUrl}) can point at national clouds or an emulator.");
        writer.WriteLine("/// <param name=\"requestAdapter\">The adapter that sends the requests.</param>");
        using (writer.OpenBlock($"public {unit.ClassName}({Kiota}.IRequestAdapter requestAdapter)\n    : base(requestAdapter, RequestUrlTemplate, new {PathDictionary}())"))
        {
            writer.WriteLine("if (string.IsNullOrEmpty(RequestAdapter.BaseUrl)) RequestAdapter.BaseUrl = DefaultBaseUrl;");
            writer.WriteLine("PathParameters[\"baseurl\"] = RequestAdapter.BaseUrl!;");
        }

        writer.WriteLine();
    }

    private static void WriteConstructors(SourceWriter writer, BuilderUnit unit)
    {
        CodeText.Summary(writer, "Creates the builder from its parent's path parameters.");
        writer.WriteLine("/// <param name=\"pathParameters\">The path parameters, base URL included.</param>");
        writer.WriteLine("/// <param name=\"requestAdapter\">The adapter that sends the requests.</param>");
        writer.WriteLine($"public {unit.ClassName}({PathDictionary} pathParameters, {Kiota}.IRequestAdapter requestAdapter)");
        writer.WriteLine("    : base(requestAdapter, RequestUrlTemplate, pathParameters)");
        writer.WriteLine("{");
        writer.WriteLine("}");
        writer.WriteLine();
        CodeText.Summary(writer, "Creates the builder for a raw URL, used exactly as given.");
        writer.WriteLine("/// <param name=\"rawUrl\">The URL to request.</param>");
        writer.WriteLine("/// <param name=\"requestAdapter\">The adapter that sends the requests.</param>");
        writer.WriteLine($"public {unit.ClassName}(string rawUrl, {Kiota}.IRequestAdapter requestAdapter)");
        writer.WriteLine("    : base(requestAdapter, RequestUrlTemplate, rawUrl)");
        writer.WriteLine("{");
        writer.WriteLine("}");
        writer.WriteLine();
        // The base class copies the parent's dictionary anyway: adding to that copy saves a second one per step.
        CodeText.Summary(writer, "Creates the builder one path parameter below its parent, copying the parent's parameters once.");
        writer.WriteLine("/// <param name=\"parentPathParameters\">The parent's path parameters.</param>");
        writer.WriteLine("/// <param name=\"requestAdapter\">The adapter that sends the requests.</param>");
        writer.WriteLine("/// <param name=\"name\">The template variable this builder adds.</param>");
        writer.WriteLine("/// <param name=\"value\">Its value, already validated and encoded.</param>");
        writer.WriteLine($"internal {unit.ClassName}({PathDictionary} parentPathParameters, {Kiota}.IRequestAdapter requestAdapter, string name, object value)");
        writer.WriteLine("    : base(requestAdapter, RequestUrlTemplate, parentPathParameters)");
        writer.WriteLine("{");
        writer.WriteLine("    PathParameters.Add(name, value);");
        writer.WriteLine("}");
        writer.WriteLine();
    }

    private static string CachedField(ChildAccessor child) => "_" + char.ToLowerInvariant(child.Name[0]) + child.Name.Substring(1);

    private static void WriteAccessor(SourceWriter writer, ChildAccessor child)
    {
        CodeText.Summary(writer, child.Description);
        if (child.Kind == AccessorKind.Property)
        {
            // A builder is immutable once made, so a segment without parameters is made once per parent, not per call.
            writer.WriteLine($"public {child.TargetType} {child.Name} => {CachedField(child)} ??= new {child.TargetType}(PathParameters, RequestAdapter);");
            writer.WriteLine();
            writer.WriteLine($"private {child.TargetType}? {CachedField(child)};");
            writer.WriteLine();
            return;
        }

        foreach (var parameter in child.Parameters)
        {
            var description = parameter.Description.Length > 0 ? parameter.Description : parameter.Name;
            writer.WriteLine($"/// <param name=\"{parameter.Name}\">{CodeText.Xml(description)}</param>");
        }

        writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A value is empty or cannot be addressed.</exception>");
        var parameters = string.Join(", ", child.Parameters.Select(p => "string @" + p.Name));
        var header = child.Kind == AccessorKind.Indexer
            ? $"public {child.TargetType} this[{parameters}]"
            : $"public {child.TargetType} {child.Name}({parameters})";
        using (writer.OpenBlock(header))
        {
            if (child.Kind == AccessorKind.Indexer)
            {
                writer.WriteLine("get");
                writer.WriteLine("{");
                writer.Indent();
            }

            if (child.Parameters.Count == 1)
            {
                var parameter = child.Parameters[0];
                writer.WriteLine($"return new {child.TargetType}(PathParameters, RequestAdapter, {CodeText.Literal(parameter.TemplateVariable)}, {EncodeExpression(parameter)});");
            }
            else
            {
                writer.WriteLine($"var urlTemplateParameters = new {PathDictionary}(PathParameters);");
                foreach (var parameter in child.Parameters)
                {
                    writer.WriteLine($"urlTemplateParameters.Add({CodeText.Literal(parameter.TemplateVariable)}, {EncodeExpression(parameter)});");
                }

                writer.WriteLine($"return new {child.TargetType}(urlTemplateParameters, RequestAdapter);");
            }
            if (child.Kind == AccessorKind.Indexer)
            {
                writer.Unindent();
                writer.WriteLine("}");
            }
        }

        writer.WriteLine();
    }

    private static string EncodeExpression(AccessorParameter parameter)
    {
        var name = "@" + parameter.Name;
        return parameter.Kind switch
        {
            PathParameterKind.Path => $"global::OneDriveGen.Runtime.Generated.DrivePathEncoder.Encode({name}, nameof({name}))",
            PathParameterKind.ODataString => $"global::OneDriveGen.Runtime.Generated.ODataLiteral.EscapeString({name}, nameof({name}))",
            _ => $"global::OneDriveGen.Runtime.Generated.PathParameter.RequireSegment({name}, nameof({name}))",
        };
    }
}
