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
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
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

    /// <summary>Text for an XML doc comment: escaped, one line.</summary>
    public static string Xml(string value) =>
        SecurityElement.Escape(value.Replace("\r", " ").Replace("\n", " ")) ?? string.Empty;

    /// <summary>Writes a <c>&lt;summary&gt;</c> doc comment.</summary>
    public static void Summary(SourceWriter writer, string text)
    {
        writer.WriteLine("/// <summary>" + Xml(text) + "</summary>");
    }
}
