using System.Linq;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Emit;

/// <summary>
/// The members of a record that is POSTed as a form (a grant, the device authorization request): one property per
/// field (<c>required</c> when the spec requires it), <c>ToFormFields</c>, a <c>ToString</c> that redacts secrets, and
/// the <c>Require</c> guard. Written once for every such record.
/// </summary>
internal static class FormFieldsWriter
{
    private const string Pair = "global::System.Collections.Generic.KeyValuePair<string, string>";
    private const string Scopes = "global::System.Collections.Generic.IReadOnlyList<string>";

    public static void Properties(SourceWriter writer, EquatableArray<FieldDef> fields, EquatableArray<string> required)
    {
        foreach (var field in fields)
        {
            var isRequired = required.Contains(field.WireName);
            writer.WriteLine();
            var fieldDescription = field.Description.Length > 0 ? field.Description + " " : string.Empty;
            CodeText.Summary(writer, $"{fieldDescription}(form field {field.WireName}, {(isRequired ? "required" : "optional")}{(field.Secret ? ", secret" : string.Empty)})");
            var type = field.Type == AuthValueType.Scopes ? Scopes : "string";
            writer.WriteLine(isRequired
                ? $"public required {type} {field.CSharpName} {{ get; init; }}"
                : $"public {type}? {field.CSharpName} {{ get; init; }}");
        }
    }

    /// <summary><c>ToFormFields()</c>; <paramref name="first"/> (such as grant_type) is written before the fields.</summary>
    public static void ToFormFields(SourceWriter writer, EquatableArray<FieldDef> fields, EquatableArray<string> required, string summary, (string Name, string Value)? first)
    {
        writer.WriteLine();
        CodeText.Summary(writer, summary);
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A required field is empty.</exception>");
        using (writer.OpenBlock($"public global::System.Collections.Generic.IReadOnlyList<{Pair}> ToFormFields()"))
        {
            writer.WriteLine($"var fields = new global::System.Collections.Generic.List<{Pair}>({(fields.Count + (first is null ? 0 : 1)).ToString(System.Globalization.CultureInfo.InvariantCulture)});");
            if (first is { } leading)
            {
                writer.WriteLine($"fields.Add(new(\"{leading.Name}\", {leading.Value}));");
            }

            foreach (var field in fields)
            {
                var key = CodeText.Literal(field.WireName);
                var value = field.Type == AuthValueType.Scopes ? $"({field.CSharpName} is null ? null : string.Join(\" \", {field.CSharpName}))" : field.CSharpName;
                writer.WriteLine(required.Contains(field.WireName)
                    ? $"fields.Add(new({key}, Require({value}, {key})));"
                    : $"if ({value} is {{ Length: > 0 }} {Local(field)}) fields.Add(new({key}, {Local(field)}));");
            }

            writer.WriteLine("return fields;");
        }
    }

    /// <summary><c>ToString()</c> naming <paramref name="prefix"/> then every field, secrets redacted.</summary>
    public static void RedactedToString(SourceWriter writer, string className, EquatableArray<FieldDef> fields, string prefix, string what)
    {
        writer.WriteLine();
        CodeText.Summary(writer, $"Describes the {what} with every secret field redacted.");
        using (writer.OpenBlock("public override string ToString()"))
        {
            var parts = fields.Select(f => f.Secret
                ? $"{CodeText.InterpolatedText(f.WireName)} = {{({f.CSharpName} is null ? \"(unset)\" : \"[redacted]\")}}"
                : $"{CodeText.InterpolatedText(f.WireName)} = {{{(f.Type == AuthValueType.Scopes ? $"({f.CSharpName} is null ? null : string.Join(\" \", {f.CSharpName}))" : f.CSharpName)} ?? \"(unset)\"}}");
            writer.WriteLine($"return $\"{className} {{{{ {prefix}{string.Join(", ", parts)} }}}}\";");
        }
    }

    public static void Require(SourceWriter writer)
    {
        writer.WriteLine();
        using (writer.OpenBlock("private static string Require(string? value, string name)"))
        {
            writer.WriteLine("if (string.IsNullOrWhiteSpace(value)) throw new global::System.ArgumentException($\"The token request field '{name}' is required.\", name);");
            writer.WriteLine("return value!;");
        }
    }

    private static string Local(FieldDef field) => "set" + field.CSharpName;
}
