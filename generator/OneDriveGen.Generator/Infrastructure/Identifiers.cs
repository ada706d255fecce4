using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace OneDriveGen.Generator.Infrastructure;

/// <summary>Turns spec names (wire names, keys) into C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary>
    /// PascalCase from any name: words split on characters that cannot appear in an identifier, each word's
    /// first letter upper-cased, the rest kept (<c>@odata.nextLink</c> → <c>OdataNextLink</c>).
    /// </summary>
    public static string ToPascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var startWord = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(startWord ? char.ToUpperInvariant(c) : c);
                startWord = false;
            }
            else if (c == '_' && builder.Length == 0)
            {
                builder.Append(c);
            }
            else
            {
                startWord = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>camelCase from any name, for parameters.</summary>
    public static string ToCamel(string name)
    {
        var pascal = ToPascal(name);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>Whether <paramref name="identifier"/> can be written as a C# identifier (escaped if a keyword).</summary>
    public static bool IsValid(string identifier) =>
        identifier.Length > 0 && SyntaxFacts.IsValidIdentifier(identifier);

    /// <summary>The identifier with <c>@</c> in front, so a C# keyword from a spec never breaks compilation.</summary>
    public static string Escape(string identifier) => "@" + identifier;
}
