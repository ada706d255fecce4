using System.Collections.Generic;

namespace OneDriveGen.Generator.Emit;

/// <summary>One piece of a builder's URI template path: literal text, or a variable with its expansion.</summary>
internal readonly record struct UrlTemplatePart(string Text, bool IsVariable, bool IsReserved);

/// <summary>
/// Takes a builder's RFC 6570 template apart at compile time, so the generated code concatenates the URL instead
/// of parsing the template on every request. Only the forms the planner writes occur: <c>{var}</c>, <c>{+var}</c>
/// in the path and one trailing <c>{?a,b}</c>, which is not part of the path.
/// </summary>
internal static class UrlTemplateParts
{
    public static IReadOnlyList<UrlTemplatePart> Path(string template)
    {
        var parts = new List<UrlTemplatePart>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                parts.Add(new UrlTemplatePart(template.Substring(i), false, false));
                break;
            }

            if (open > i)
            {
                parts.Add(new UrlTemplatePart(template.Substring(i, open - i), false, false));
            }

            var close = template.IndexOf('}', open);
            var expression = template.Substring(open + 1, close - open - 1);
            if (expression.StartsWith("?", System.StringComparison.Ordinal))
            {
                break; // the query: written from the typed query parameters
            }

            var reserved = expression.StartsWith("+", System.StringComparison.Ordinal);
            parts.Add(new UrlTemplatePart(reserved ? expression.Substring(1) : expression, true, reserved));
            i = close + 1;
        }

        return parts;
    }
}
