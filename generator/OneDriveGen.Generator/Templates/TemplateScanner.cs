using System.Collections.Generic;
using OneDriveGen.Generator.Infrastructure;

namespace OneDriveGen.Generator.Templates;

/// <summary>
/// The one place a spec's <c>{…}</c> text is taken apart: endpoint paths, function segments and auth URLs all go
/// through <see cref="Scan"/>, and everything after works on the pieces.
/// </summary>
internal static class TemplateScanner
{
    /// <summary>
    /// Splits <paramref name="text"/> into literal text and <c>{name}</c> variables. Returns null, with
    /// <paramref name="error"/> saying what is wrong, for a <c>{</c> that is not closed or a <c>}</c> that was
    /// not opened.
    /// </summary>
    public static EquatableArray<TemplatePiece>? Scan(string text, out string? error)
    {
        error = null;
        var pieces = new List<TemplatePiece>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var literalEnd = open < 0 ? text.Length : open;
            var strayClose = text.IndexOf('}', i, literalEnd - i);
            if (strayClose >= 0)
            {
                error = "a '}' is not opened";
                return null;
            }

            if (literalEnd > i)
            {
                pieces.Add(TemplatePiece.Literal(text.Substring(i, literalEnd - i)));
            }

            if (open < 0)
            {
                break;
            }

            var close = text.IndexOf('}', open + 1);
            var nested = text.IndexOf('{', open + 1);
            if (close < 0 || (nested >= 0 && nested < close))
            {
                error = "a '{' is not closed";
                return null;
            }

            pieces.Add(TemplatePiece.Variable(text.Substring(open + 1, close - open - 1)));
            i = close + 1;
        }

        return pieces.ToEquatableArray();
    }
}
