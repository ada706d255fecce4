using System;
using System.Collections.Generic;
using System.Text;

namespace OneDriveGen.Generator.Templates;

/// <summary>Writes typed template pieces as RFC 6570 text, the way Kiota writes its <c>UrlTemplate</c>s.</summary>
internal static class UriTemplateText
{
    /// <summary>
    /// Percent-encodes what the <c>varname</c> grammar disallows: <c>item-id</c> → <c>item%2Did</c>,
    /// <c>$select</c> → <c>%24select</c>.
    /// </summary>
    public static string VariableName(string name) =>
        Uri.EscapeDataString(name).Replace("-", "%2D").Replace(".", "%2E").Replace("~", "%7E");

    /// <summary>The runtime's <c>UriExpansion</c> method that writes a variable of <paramref name="expansion"/>.</summary>
    public static string AppendMethod(Expansion expansion) => expansion switch
    {
        Expansion.Reserved => "AppendReserved",
        Expansion.Simple => "AppendSimple",
        _ => throw new ArgumentOutOfRangeException(nameof(expansion), expansion, "A literal is appended as text."),
    };

    /// <summary>The path pieces, then one <c>{?a,b}</c> for the query variables when there are any.</summary>
    public static string Write(IEnumerable<TemplatePiece> path, IReadOnlyCollection<string> queryVariables)
    {
        var text = new StringBuilder();
        foreach (var piece in path)
        {
            switch (piece.Expansion)
            {
                case Expansion.Literal:
                    text.Append(piece.Text);
                    break;
                case Expansion.Reserved:
                    text.Append("{+").Append(VariableName(piece.Text)).Append('}');
                    break;
                default:
                    text.Append('{').Append(VariableName(piece.Text)).Append('}');
                    break;
            }
        }

        if (queryVariables.Count > 0)
        {
            text.Append("{?").Append(string.Join(",", Map(queryVariables))).Append('}');
        }

        return text.ToString();
    }

    private static IEnumerable<string> Map(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            yield return VariableName(name);
        }
    }
}
