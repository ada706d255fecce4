using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Spec;

/// <summary>
/// Splits an endpoint path such as <c>/drives/{drive-id}/items/{item-id}:/{item-path}:/content</c> into
/// segments. Returns null and an error message when the template is malformed.
/// </summary>
internal static class PathTemplateParser
{
    public static List<PathSegment>? Parse(string path, out string? error)
    {
        error = null;
        var segments = new List<PathSegment>();
        if (path.Length == 0)
        {
            return segments;
        }

        if (path[0] != '/')
        {
            error = "it must start with '/'";
            return null;
        }

        var i = 1;
        while (i <= path.Length)
        {
            var start = i;
            while (i < path.Length && path[i] != '/' && !(path[i] == ':' && IsPathAddressStart(path, i)))
            {
                i++;
            }

            var text = path.Substring(start, i - start);
            if (text.Length == 0)
            {
                error = i >= path.Length ? "it must not end with '/'" : "it has an empty segment";
                return null;
            }

            var segment = Classify(text, out error);
            if (segment is null)
            {
                return null;
            }

            segments.Add(segment);
            if (i < path.Length && path[i] == ':')
            {
                var close = path.IndexOf('}', i + 3);
                if (close < 0 || close + 1 >= path.Length || path[close + 1] != ':')
                {
                    error = "path addressing must be written ':/{parameter}:' with the closing ':'";
                    return null;
                }

                var name = path.Substring(i + 3, close - (i + 3));
                if (!IsParameterName(name))
                {
                    error = $"'{name}' is not a valid parameter name";
                    return null;
                }

                segments.Add(new PathSegment(PathSegmentKind.PathAddress, name, new EquatableArray<TemplatePiece>(new[] { TemplatePiece.Variable(name, Expansion.Reserved) })));
                i = close + 2;
                if (i == path.Length)
                {
                    break;
                }

                if (path[i] != '/')
                {
                    error = "path addressing must be followed by '/' or end the path";
                    return null;
                }
            }

            if (i >= path.Length)
            {
                break;
            }

            i++;
            if (i == path.Length)
            {
                error = "it must not end with '/'";
                return null;
            }
        }

        return segments;
    }

    private static bool IsPathAddressStart(string path, int i) =>
        i + 2 < path.Length && path[i + 1] == '/' && path[i + 2] == '{';

    private static PathSegment? Classify(string text, out string? error)
    {
        var pieces = TemplateScanner.Scan(text, out var scanError);
        if (pieces is not { } parts)
        {
            error = $"in segment '{text}', {scanError}";
            return null;
        }

        error = parts.Where(p => p.IsVariable && !IsParameterName(p.Text)).Select(p => $"'{p.Text}' is not a valid parameter name").FirstOrDefault();
        if (error is not null)
        {
            return null;
        }

        if (parts.Count == 1 && parts[0].IsVariable)
        {
            return new PathSegment(PathSegmentKind.Parameter, parts[0].Text, parts);
        }

        if (!parts.Any(p => p.IsVariable))
        {
            if (text.IndexOf(':') >= 0)
            {
                error = $"segment '{text}' has a ':' that is not path addressing ':/{{parameter}}:'";
                return null;
            }

            return new PathSegment(PathSegmentKind.Literal, text, parts);
        }

        if (parts[0].IsVariable || parts[0].Text.IndexOf('(') <= 0 || text[text.Length - 1] != ')')
        {
            error = $"segment '{text}' mixes text and parameters; only a function call such as 'search(q='{{q}}')' may";
            return null;
        }

        return new PathSegment(PathSegmentKind.Function, text, parts);
    }

    private static bool IsParameterName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }
}
