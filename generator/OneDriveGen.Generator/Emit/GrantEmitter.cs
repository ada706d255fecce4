using System.Linq;
using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Emit;

/// <summary>
/// Emits one grant for one client type as a record: required fields are C# <c>required</c> members and
/// forbidden fields do not exist, so a wrong token request does not compile. Secrets never reach ToString.
/// </summary>
internal static class GrantEmitter
{
    private const string Pair = "global::System.Collections.Generic.KeyValuePair<string, string>";
    private const string Scopes = "global::System.Collections.Generic.IReadOnlyList<string>";

    /// <summary>Members every grant record has besides its fields; the spec reader refuses fields named so.</summary>
    public static readonly string[] Members = { "GrantTypeValue", "GrantType", "IsConfidential", "ToFormFields", "Require" };

    /// <summary>The record's name: the client type, the grant's C# name and "Grant".</summary>
    public static string ClassName(string clientType, string grantName) => Identifiers.ToPascal(clientType) + grantName + "Grant";

    public static SourceText Emit(GrantUnit unit)
    {
        var grant = unit.Grant;
        var client = unit.Client;
        var writer = FileHeader.Start(unit.Namespace);
        var description = grant.Description.Length > 0 ? grant.Description + " " : string.Empty;
        CodeText.Summary(writer, $"{description}The {grant.GrantType} grant as sent by a {client.ClientType} client.");
        if (unit.Endpoints.Count > 0)
        {
            writer.WriteLine($"/// <remarks>Accepted by the token endpoints: {CodeText.Xml(string.Join(", ", unit.Endpoints))}.</remarks>");
        }

        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public sealed record {unit.ClassName} : global::OneDriveGen.Runtime.Tokens.ITokenGrant"))
        {
            CodeText.Summary(writer, "The grant_type value of this grant.");
            writer.WriteLine($"public const string GrantTypeValue = {CodeText.Literal(grant.GrantType)};");
            writer.WriteLine();
            CodeText.Summary(writer, "The grant_type value of this grant.");
            writer.WriteLine("public string GrantType => GrantTypeValue;");
            writer.WriteLine();
            CodeText.Summary(writer, "Whether this grant is sent by a confidential client (with its secret).");
            writer.WriteLine($"public bool IsConfidential => {(client.IsConfidential ? "true" : "false")};");
            foreach (var field in unit.Fields)
            {
                var required = client.Required.Contains(field.WireName);
                writer.WriteLine();
                var fieldDescription = field.Description.Length > 0 ? field.Description + " " : string.Empty;
                CodeText.Summary(writer, $"{fieldDescription}(form field {field.WireName}, {(required ? "required" : "optional")}{(field.Secret ? ", secret" : string.Empty)})");
                var type = field.Type == AuthValueType.Scopes ? Scopes : "string";
                writer.WriteLine(required
                    ? $"public required {type} {field.CSharpName} {{ get; init; }}"
                    : $"public {type}? {field.CSharpName} {{ get; init; }}");
            }

            writer.WriteLine();
            CodeText.Summary(writer, "The form fields to POST, grant_type first; unset optional fields are left out.");
            writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A required field is empty.</exception>");
            using (writer.OpenBlock($"public global::System.Collections.Generic.IReadOnlyList<{Pair}> ToFormFields()"))
            {
                writer.WriteLine($"var fields = new global::System.Collections.Generic.List<{Pair}>({(unit.Fields.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)});");
                writer.WriteLine($"fields.Add(new(\"grant_type\", GrantTypeValue));");
                foreach (var field in unit.Fields)
                {
                    var key = CodeText.Literal(field.WireName);
                    var value = field.Type == AuthValueType.Scopes ? $"({field.CSharpName} is null ? null : string.Join(\" \", {field.CSharpName}))" : field.CSharpName;
                    writer.WriteLine(client.Required.Contains(field.WireName)
                        ? $"fields.Add(new({key}, Require({value}, {key})));"
                        : $"if ({value} is {{ Length: > 0 }} {Local(field)}) fields.Add(new({key}, {Local(field)}));");
                }

                writer.WriteLine("return fields;");
            }

            writer.WriteLine();
            CodeText.Summary(writer, "Describes the grant with every secret field redacted.");
            using (writer.OpenBlock("public override string ToString()"))
            {
                var parts = unit.Fields.Select(f => f.Secret
                    ? $"{CodeText.InterpolatedText(f.WireName)} = {{({f.CSharpName} is null ? \"(unset)\" : \"[redacted]\")}}"
                    : $"{CodeText.InterpolatedText(f.WireName)} = {{{(f.Type == AuthValueType.Scopes ? $"({f.CSharpName} is null ? null : string.Join(\" \", {f.CSharpName}))" : f.CSharpName)} ?? \"(unset)\"}}");
                writer.WriteLine($"return $\"{unit.ClassName} {{{{ grant_type = {{GrantTypeValue}}, {string.Join(", ", parts)} }}}}\";");
            }

            writer.WriteLine();
            using (writer.OpenBlock("private static string Require(string? value, string name)"))
            {
                writer.WriteLine("if (string.IsNullOrWhiteSpace(value)) throw new global::System.ArgumentException($\"The token request field '{name}' is required.\", name);");
                writer.WriteLine("return value!;");
            }
        }

        return writer.ToSourceText();
    }

    private static string Local(FieldDef field) => "set" + field.CSharpName;
}
