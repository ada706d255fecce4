using System.Globalization;
using System.Security;
using System.Text;

namespace OneDriveGen.Generator.Emit;

/// <summary>Escaping for text from the spec that lands in C# literals and XML doc comments.</summary>
internal static class CodeText
{
    /// <summary>A C# regular string literal, quotes included.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    // Every control character (NEL, U+0085, ends a line for the C# lexer too), the line and paragraph
                    // separators, and surrogate halves (a lone one cannot be written as UTF-8) are escaped.
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for an XML doc comment: escaped, one line. Every character the C# lexer ends a line at (CR, LF, NEL,
    /// LS, PS) would end the <c>///</c> comment and make the rest of the text code, and other control characters
    /// are not XML: all become spaces.
    /// </summary>
    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }

        return SecurityElement.Escape(builder.ToString()) ?? string.Empty;
    }

    /// <summary>Text inside an interpolated regular string literal (<c>$"…"</c>): a literal's escapes, and braces doubled.</summary>
    public static string InterpolatedText(string value)
    {
        var literal = Literal(value);
        return literal.Substring(1, literal.Length - 2).Replace("{", "{{").Replace("}", "}}");
    }

    /// <summary>Writes a <c>&lt;summary&gt;</c> doc comment.</summary>
    public static void Summary(SourceWriter writer, string text)
    {
        writer.WriteLine("/// <summary>" + Xml(text) + "</summary>");
    }
}
