using System.Linq;
using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Emit;

/// <summary>Emits the typed authorize request: its parameters as properties and <c>ToUri</c>.</summary>
internal static class AuthorizeEmitter
{
    private const string Pairs = "global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>";
    private const string PairList = "global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>>";
    private const string Scopes = "global::System.Collections.Generic.IReadOnlyList<string>";

    /// <summary>The authorize request's class name.</summary>
    public const string ClassName = "AuthorizeRequest";

    /// <summary>Members the class has besides one property per parameter; the spec reader refuses parameters named so.</summary>
    public static readonly string[] Members = { ClassName, "ToQueryParameters", "ToUri", "Require", "ToWire" };

    public static SourceText Emit(AuthorizeUnit unit)
    {
        var authorize = unit.Authorize;
        var writer = FileHeader.Start(unit.Namespace);
        var description = authorize.Description.Length > 0 ? authorize.Description : "The authorization request the user's browser is sent to.";
        CodeText.Summary(writer, description);
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public sealed class {ClassName}"))
        {
            foreach (var parameter in authorize.Parameters)
            {
                WriteProperty(writer, unit, parameter);
                writer.WriteLine();
            }

            CodeText.Summary(writer, "The query parameters in spec order; unset optional ones are left out.");
            writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A required parameter is empty.</exception>");
            using (writer.OpenBlock($"public {PairList} ToQueryParameters()"))
            {
                writer.WriteLine($"var parameters = new {Pairs}();");
                foreach (var parameter in authorize.Parameters)
                {
                    WriteAdd(writer, parameter);
                }

                writer.WriteLine("return parameters;");
            }

            writer.WriteLine();
            CodeText.Summary(writer, "The URL to send the user's browser to.");
            writer.WriteLine("/// <param name=\"variables\">The identity URL variables; the spec's defaults when null.</param>");
            writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A required parameter is empty or a variable is unusable.</exception>");
            using (writer.OpenBlock($"public global::System.Uri ToUri(global::{unit.Namespace}.{unit.VariablesClass}? variables = null)"))
            {
                writer.WriteLine($"var v = variables ?? new global::{unit.Namespace}.{unit.VariablesClass}();");
                writer.WriteLine($"return global::OneDriveGen.Runtime.Generated.AuthUrl.WithQuery({AuthUrlExpression.Build(authorize.Url, unit.Variables, "v")}, ToQueryParameters());");
            }

            writer.WriteLine();
            using (writer.OpenBlock("private static string Require(string? value, string name)"))
            {
                writer.WriteLine("if (string.IsNullOrWhiteSpace(value)) throw new global::System.ArgumentException($\"The authorize parameter '{name}' is required.\", name);");
                writer.WriteLine("return value!;");
            }

            foreach (var parameter in authorize.Parameters.Where(p => p.Type == AuthValueType.Enum))
            {
                writer.WriteLine();
                var type = $"global::{unit.Namespace}.{parameter.CSharpName}";
                using (writer.OpenBlock($"private static string ToWire({type} value) => value switch", "};"))
                {
                    foreach (var value in parameter.EnumValues)
                    {
                        writer.WriteLine($"{type}.{Identifiers.ToPascal(value)} => {CodeText.Literal(value)},");
                    }

                    writer.WriteLine("_ => throw new global::System.ArgumentOutOfRangeException(nameof(value)),");
                }
            }
        }

        return writer.ToSourceText();
    }

    private static void WriteProperty(SourceWriter writer, AuthorizeUnit unit, AuthParameterDef parameter)
    {
        var description = parameter.Description.Length > 0 ? parameter.Description + " " : string.Empty;
        CodeText.Summary(writer, $"{description}(sent as {parameter.WireName})");
        var required = parameter.Required && parameter.Value is null;
        var modifier = required ? "required " : string.Empty;
        switch (parameter.Type)
        {
            case AuthValueType.Const:
                writer.WriteLine($"public const string {parameter.CSharpName} = {CodeText.Literal(parameter.Value!)};");
                break;
            case AuthValueType.Scopes:
                var initializer = parameter.Value is null
                    ? string.Empty
                    : " = new string[] { " + string.Join(", ", parameter.Value.Split(' ').Where(s => s.Length > 0).Select(CodeText.Literal)) + " };";
                writer.WriteLine($"public {modifier}{Scopes}{(required || parameter.Value is not null ? string.Empty : "?")} {parameter.CSharpName} {{ get; init; }}{initializer}");
                break;
            case AuthValueType.Enum:
                writer.WriteLine($"public {modifier}global::{unit.Namespace}.{parameter.CSharpName}{(required ? string.Empty : "?")} {parameter.CSharpName} {{ get; init; }}");
                break;
            default:
                var stringInitializer = parameter.Value is null ? string.Empty : $" = {CodeText.Literal(parameter.Value)};";
                writer.WriteLine($"public {modifier}string{(required || parameter.Value is not null ? string.Empty : "?")} {parameter.CSharpName} {{ get; init; }}{stringInitializer}");
                break;
        }
    }

    private static void WriteAdd(SourceWriter writer, AuthParameterDef parameter)
    {
        var key = CodeText.Literal(parameter.WireName);
        var name = parameter.CSharpName;
        var mandatory = parameter.Required || parameter.Value is not null;
        switch (parameter.Type)
        {
            case AuthValueType.Const:
                writer.WriteLine($"parameters.Add(new({key}, {name}));");
                break;
            case AuthValueType.Scopes:
                var joined = $"string.Join(\" \", {name})";
                writer.WriteLine(mandatory
                    ? $"parameters.Add(new({key}, Require({name} is null ? null : {joined}, {key})));"
                    : $"if ({name} is {{ Count: > 0 }}) parameters.Add(new({key}, {joined}));");
                break;
            case AuthValueType.Enum:
                writer.WriteLine(parameter.Required
                    ? $"parameters.Add(new({key}, ToWire({name})));"
                    : $"if ({name} is {{ }} {Identifiers.ToCamel(name)}Value) parameters.Add(new({key}, ToWire({Identifiers.ToCamel(name)}Value)));");
                break;
            default:
                writer.WriteLine(mandatory
                    ? $"parameters.Add(new({key}, Require({name}, {key})));"
                    : $"if ({name} is not null) parameters.Add(new({key}, {name}));");
                break;
        }
    }
}
