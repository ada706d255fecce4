using System.Linq;
using System.Text;

namespace OneDriveGen.Cli.Output;

/// <summary>
/// Text from the service (error descriptions, item names) made safe for a terminal: control characters (ESC and the
/// colour, title and clear-screen sequences it starts, BEL, CR, NEL…) and the bidirectional overrides that can
/// disguise text become U+FFFD, so a response can neither drive the terminal nor fake a line of odg's own.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append('\uFFFD');
            }
            else
            {
                clean?.Append(c);
            }
        }

        return clean?.ToString() ?? text;
    }

    /// <summary>Like <see cref="Safe"/>, but keeps line breaks: for the multi-line messages odg writes itself.</summary>
    public static string SafeLines(string text) => string.Join('\n', text.Split('\n').Select(line => Safe(line.TrimEnd('\r'))));

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
