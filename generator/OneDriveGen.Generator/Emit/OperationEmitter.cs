using System.Linq;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Spec;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Emit;

/// <summary>Emits one operation of a builder: <c>XxxAsync</c>, the pure <c>ToXxxRequestInformation</c>, its metadata.</summary>
internal static class OperationEmitter
{
    private const string Kiota = "global::Microsoft.Kiota.Abstractions";
    private const string Expansion = "global::OneDriveGen.Runtime.Generated.UriExpansion";

    /// <summary>The members one operation adds to its builder, for an HTTP method's C# name such as <c>Get</c>.</summary>
    public static string[] MembersFor(string methodName) =>
        new[] { methodName + "Async", "To" + methodName + "RequestInformation", methodName + "Endpoint", methodName + "Options", "Build" + methodName + "Url" };

    /// <summary>The nested class holding one operation's query parameters.</summary>
    public static string QueryParametersClass(string builderClass, string methodName) => builderClass + methodName + "QueryParameters";

    public static void Write(SourceWriter writer, BuilderUnit unit, OperationPlan operation)
    {
        var configuration = $"global::System.Action<{Kiota}.RequestConfiguration<{QueryParametersType(unit, operation)}>>?";
        var bodyParameter = BodyParameter(unit, operation);
        var bodyArgument = operation.Body.Kind == PayloadKind.None ? string.Empty : "body, ";
        var endpointField = operation.MethodName + "Endpoint";

        WriteEndpointOption(writer, unit, operation, endpointField);
        WriteStaticRequestParts(writer, operation, endpointField);
        WriteDocs(writer, operation);
        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the request.</param>");
        writer.WriteLine($"/// <exception cref=\"{Kiota}.ApiException\">The service answered with an error.</exception>");
        var returnType = operation.Response.Kind switch
        {
            PayloadKind.Model => $"global::System.Threading.Tasks.Task<{ModelType(unit, operation.Response.Model!)}?>",
            PayloadKind.Stream => "global::System.Threading.Tasks.Task<global::System.IO.Stream?>",
            _ => "global::System.Threading.Tasks.Task",
        };
        using (writer.OpenBlock($"public async {returnType} {operation.MethodName}Async({bodyParameter}{configuration} requestConfiguration = default, global::System.Threading.CancellationToken cancellationToken = default)"))
        {
            writer.WriteLine($"var requestInfo = To{operation.MethodName}RequestInformation({bodyArgument}requestConfiguration);");
            var errorMapping = unit.ErrorModel is null ? "null" : "ErrorMapping";

            switch (operation.Response.Kind)
            {
                case PayloadKind.Model:
                    var model = ModelType(unit, operation.Response.Model!);
                    // Read with the generated UTF-8 reader, not Kiota's parse nodes: same adapter, middleware and errors.
                    writer.WriteLine($"return await global::OneDriveGen.Runtime.Generated.GraphJson.SendAsync<{model}>(RequestAdapter, requestInfo, {model}.ReadJson, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                    break;
                case PayloadKind.Stream:
                    writer.WriteLine($"return await RequestAdapter.SendPrimitiveAsync<global::System.IO.Stream>(requestInfo, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                    break;
                default:
                    writer.WriteLine($"await RequestAdapter.SendNoContentAsync(requestInfo, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                    break;
            }
        }

        writer.WriteLine();
        CodeText.Summary(writer, $"Builds the {operation.HttpMethod} request without sending it: the exact URL, headers and body that {operation.MethodName}Async sends.");
        WriteParameterDocs(writer, operation);
        writer.WriteLine($"/// <returns>The request, with the endpoint's <see cref=\"global::OneDriveGen.Runtime.Requests.EndpointOption\"/> attached.</returns>");
        using (writer.OpenBlock($"public {Kiota}.RequestInformation To{operation.MethodName}RequestInformation({bodyParameter}{configuration} requestConfiguration = default)"))
        {
            if (operation.Body.Kind != PayloadKind.None)
            {
                writer.WriteLine("if (ReferenceEquals(body, null)) throw new global::System.ArgumentNullException(nameof(body));");
            }

            // The URL is concatenated from the template taken apart at compile time, and the typed query parameters
            // are read directly: no template parsing and no reflection per request.
            writer.WriteLine($"var requestInfo = new {Kiota}.RequestInformation {{ HttpMethod = {Kiota}.Method.{operation.HttpMethod} }};");
            var hasQuery = operation.QueryParameters.Count > 0;
            if (hasQuery)
            {
                writer.WriteLine($"{QueryParametersType(unit, operation)}? query = null;");
            }

            using (writer.OpenBlock("if (requestConfiguration is not null)"))
            {
                writer.WriteLine($"var configuration = new {Kiota}.RequestConfiguration<{QueryParametersType(unit, operation)}>();");
                writer.WriteLine("requestConfiguration(configuration);");
                writer.WriteLine("requestInfo.Headers.AddAll(configuration.Headers);");
                writer.WriteLine("requestInfo.AddRequestOptions(configuration.Options);");
                if (hasQuery)
                {
                    writer.WriteLine("query = configuration.QueryParameters;");
                }
            }

            writer.WriteLine($"requestInfo.PathParameters[\"request-raw-url\"] = {(hasQuery ? $"Build{operation.MethodName}Url(query)" : "BuildPathUrl()")};");
            // No Accept header: Graph answers JSON (or the bytes) regardless, and each header costs a set per request.
            if (operation.Body.Kind == PayloadKind.Model)
            {
                writer.WriteLine("requestInfo.SetContentFromParsable(RequestAdapter, \"application/json\", body);");
            }
            else if (operation.Body.Kind == PayloadKind.Stream)
            {
                writer.WriteLine("requestInfo.SetStreamContent(body, \"application/octet-stream\");");
            }

            writer.WriteLine($"requestInfo.AddRequestOptions({operation.MethodName}Options);");
            writer.WriteLine("return requestInfo;");
        }

        writer.WriteLine();
        if (operation.QueryParameters.Count > 0)
        {
            WriteQueryUrlBuilder(writer, unit, operation);
        }
    }

    // Per endpoint, not per call: Kiota only reads the option list.
    private static void WriteStaticRequestParts(SourceWriter writer, OperationPlan operation, string endpointField)
    {
        writer.WriteLine($"private static readonly {Kiota}.IRequestOption[] {operation.MethodName}Options = {{ {endpointField} }};");
        writer.WriteLine();
    }

    /// <summary>
    /// What every operation of a builder shares, written once: the error mapping (Kiota only reads it) and the URL
    /// path, concatenated from the template taken apart at compile time.
    /// </summary>
    public static void WriteSharedRequestParts(SourceWriter writer, BuilderUnit unit)
    {
        if (unit.ErrorModel is not null)
        {
            writer.WriteLine($"private static readonly global::System.Collections.Generic.Dictionary<string, {Kiota}.Serialization.ParsableFactory<{Kiota}.Serialization.IParsable>> ErrorMapping = new()");
            writer.WriteLine("{");
            writer.WriteLine($"    {{ \"XXX\", {ModelType(unit, unit.ErrorModel)}.CreateFromDiscriminatorValue }},");
            writer.WriteLine("};");
            writer.WriteLine();
        }

        CodeText.Summary(writer, "The raw URL this builder was made with, if it was.");
        writer.WriteLine("private string? RawUrl => PathParameters.TryGetValue(\"request-raw-url\", out var raw) ? raw as string : null;");
        writer.WriteLine();
        if (unit.Operations.Any(o => o.QueryParameters.Count == 0))
        {
            CodeText.Summary(writer, $"The URL of the operations without query parameters: {unit.UrlTemplate} expanded as RFC 6570 (and Kiota) would, or the raw URL.");
            writer.WriteLine($"private string BuildPathUrl() => RawUrl ?? {Expansion}.ToStringAndReturn(RentPathUrl());");
            writer.WriteLine();
        }

        CodeText.Summary(writer, $"A rented builder holding the path of {unit.UrlTemplate}; give it back with UriExpansion.ToStringAndReturn.");
        using (writer.OpenBlock("private global::System.Text.StringBuilder RentPathUrl()"))
        {
            writer.WriteLine($"var url = {Expansion}.RentBuilder();");
            foreach (var piece in unit.PathTemplate)
            {
                var variable = UriTemplateText.VariableName(piece.Text);
                writer.WriteLine(piece.IsVariable
                    ? $"{Expansion}.{UriTemplateText.AppendMethod(piece.Expansion)}(url, PathParameters.TryGetValue({CodeText.Literal(variable)}, out var {Local(variable)}) ? {Local(variable)} : null);"
                    : $"url.Append({CodeText.Literal(piece.Text)});");
            }

            writer.WriteLine("return url;");
        }

        writer.WriteLine();
    }

    private static void WriteQueryUrlBuilder(SourceWriter writer, BuilderUnit unit, OperationPlan operation)
    {
        CodeText.Summary(writer, $"The URL of {operation.MethodName}: {unit.UrlTemplate} expanded as RFC 6570 (and Kiota) would, or the raw URL this builder was made with.");
        using (writer.OpenBlock($"private string Build{operation.MethodName}Url({QueryParametersType(unit, operation)}? query)"))
        {
            writer.WriteLine("if (RawUrl is { } rawUrl) return rawUrl;");
            writer.WriteLine("var url = RentPathUrl();");
            using (writer.OpenBlock("if (query is not null)"))
            {
                writer.WriteLine("var separator = '?';");
                foreach (var parameter in operation.QueryParameters)
                {
                    writer.WriteLine($"{Expansion}.AppendQuery(url, ref separator, {CodeText.Literal(UriTemplateText.VariableName(parameter.WireName))}, query.{parameter.CSharpName});");
                }
            }

            writer.WriteLine($"return {Expansion}.ToStringAndReturn(url);");
        }

        writer.WriteLine();
    }

    // A local for a path variable's value: item%2Did → p_item_2Did.
    private static string Local(string variable) =>
        "p_" + new string(variable.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    public static void WriteQueryParameters(SourceWriter writer, BuilderUnit unit, OperationPlan operation)
    {
        writer.WriteLine();
        CodeText.Summary(writer, $"Query parameters of {unit.ClassName}.{operation.MethodName}Async.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public partial class {QueryParametersClass(unit.ClassName, operation.MethodName)}"))
        {
            var first = true;
            foreach (var parameter in operation.QueryParameters)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                var description = parameter.Description.Length > 0 ? parameter.Description : $"The {parameter.WireName} query option.";
                CodeText.Summary(writer, $"{description} (sent as {parameter.WireName})");
                writer.WriteLine($"[{Kiota}.QueryParameter({CodeText.Literal(UriTemplateText.VariableName(parameter.WireName))})]");
                var type = parameter.Type.Primitive!.CSharpType + (parameter.Type.IsCollection ? "[]" : string.Empty);
                writer.WriteLine($"public {type}? {parameter.CSharpName} {{ get; set; }}");
            }
        }
    }

    private static void WriteEndpointOption(SourceWriter writer, BuilderUnit unit, OperationPlan operation, string field)
    {
        var behaviors = operation.Behaviors == EndpointBehavior.None
            ? "global::OneDriveGen.Runtime.Requests.EndpointBehaviors.None"
            : string.Join(" | ", EndpointBehaviorNames.Each(operation.Behaviors).Select(b => "global::OneDriveGen.Runtime.Requests.EndpointBehaviors." + b));
        var scopes = string.Join(", ", operation.Scopes.Select(CodeText.Literal));
        CodeText.Summary(writer, $"What the spec says of the {operation.HttpMethod} endpoint '{operation.EndpointName}'.");
        writer.WriteLine($"public static readonly global::OneDriveGen.Runtime.Requests.EndpointOption {field} = new(");
        writer.WriteLine($"    {CodeText.Literal(operation.EndpointName)},");
        writer.WriteLine($"    {CodeText.Literal(operation.HttpMethod)},");
        writer.WriteLine($"    {behaviors},");
        // The error model travels with the request, so the runtime's helpers (paging, transfers) throw this spec's type.
        if (unit.ErrorModel is null)
        {
            writer.WriteLine($"    new string[] {{ {scopes} }});");
        }
        else
        {
            writer.WriteLine($"    new string[] {{ {scopes} }},");
            writer.WriteLine("    ErrorMapping);");
        }

        writer.WriteLine();
    }

    private static void WriteDocs(SourceWriter writer, OperationPlan operation)
    {
        var summary = operation.Description.Length > 0 ? operation.Description : $"Sends {operation.HttpMethod}.";
        CodeText.Summary(writer, summary);
        if (operation.Scopes.Count > 0 || operation.Behaviors != EndpointBehavior.None)
        {
            var remarks = string.Empty;
            if (operation.Scopes.Count > 0)
            {
                remarks += "Permissions, least privileged first: " + string.Join(", ", operation.Scopes) + ".";
            }

            if (operation.Behaviors != EndpointBehavior.None)
            {
                remarks += (remarks.Length > 0 ? " " : string.Empty) + "Behaviour: " + string.Join(", ", EndpointBehaviorNames.Each(operation.Behaviors).Select(EndpointBehaviorNames.Of)) + ".";
            }

            writer.WriteLine("/// <remarks>" + CodeText.Xml(remarks) + "</remarks>");
        }

        WriteParameterDocs(writer, operation);
    }

    private static void WriteParameterDocs(SourceWriter writer, OperationPlan operation)
    {
        if (operation.Body.Kind == PayloadKind.Model)
        {
            writer.WriteLine("/// <param name=\"body\">The request body.</param>");
        }
        else if (operation.Body.Kind == PayloadKind.Stream)
        {
            writer.WriteLine("/// <param name=\"body\">The content to send.</param>");
        }

        writer.WriteLine("/// <param name=\"requestConfiguration\">Headers, options and query parameters for the request.</param>");
    }

    private static string BodyParameter(BuilderUnit unit, OperationPlan operation) => operation.Body.Kind switch
    {
        PayloadKind.Model => $"{ModelType(unit, operation.Body.Model!)} body, ",
        PayloadKind.Stream => "global::System.IO.Stream body, ",
        _ => string.Empty,
    };

    private static string QueryParametersType(BuilderUnit unit, OperationPlan operation) =>
        operation.QueryParameters.Count == 0
            ? $"{Kiota}.DefaultQueryParameters"
            : $"global::{unit.Namespace}.{unit.ClassName}.{QueryParametersClass(unit.ClassName, operation.MethodName)}";

    private static string ModelType(BuilderUnit unit, string model) => $"global::{unit.ModelsNamespace}.{model}";
}
