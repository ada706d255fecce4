using System.Linq;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Spec;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Emit;

/// <summary>
/// Turns an auth URL template into a C# string expression at compile time, so no template is parsed at run
/// time: base URLs are checked (https unless loopback), segments such as the tenant are escaped.
/// </summary>
internal static class AuthUrlExpression
{
    public static string Build(EquatableArray<TemplatePiece> url, EquatableArray<AuthVariableDef> variables, string variablesName)
    {
        var parts = url.Select(part =>
        {
            if (!part.IsVariable)
            {
                return CodeText.Literal(part.Text);
            }

            var variable = variables.First(v => v.Name == part.Text);
            var value = $"{variablesName}.{variable.CSharpName}";
            return variable.IsBaseUrl
                ? $"global::OneDriveGen.Runtime.Generated.AuthUrl.RequireBaseUrl({value}, {CodeText.Literal(variable.Name)})"
                : $"global::OneDriveGen.Runtime.Generated.AuthUrl.EscapeSegment({value}, {CodeText.Literal(variable.Name)})";
        });
        return "string.Concat(" + string.Join(", ", parts) + ")";
    }
}
