using System.Collections.Generic;
using OneDriveGen.Generator.Infrastructure;

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

                segments.Add(new PathSegment(PathSegmentKind.PathAddress, name, new EquatableArray<string>(new[] { name })));
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
        error = null;
        if (text[0] == '{' && text[text.Length - 1] == '}' && text.IndexOf('{', 1) < 0)
        {
            var name = text.Substring(1, text.Length - 2);
            if (!IsParameterName(name))
            {
                error = $"'{name}' is not a valid parameter name";
                return null;
            }

            return new PathSegment(PathSegmentKind.Parameter, name, new EquatableArray<string>(new[] { name }));
        }

        if (text.IndexOf('{') < 0 && text.IndexOf('}') < 0)
        {
            if (text.IndexOf(':') >= 0)
            {
                error = $"segment '{text}' has a ':' that is not path addressing ':/{{parameter}}:'";
                return null;
            }

            return new PathSegment(PathSegmentKind.Literal, text, EquatableArray<string>.Empty);
        }

        var parameters = new List<string>();
        var open = text.IndexOf('(');
        if (open <= 0 || text[text.Length - 1] != ')')
        {
            error = $"segment '{text}' mixes text and parameters; only a function call such as 'search(q='{{q}}')' may";
            return null;
        }

        var j = 0;
        while ((j = text.IndexOf('{', j)) >= 0)
        {
            var close = text.IndexOf('}', j);
            if (close < 0)
            {
                error = $"segment '{text}' has an unclosed '{{'";
                return null;
            }

            var name = text.Substring(j + 1, close - j - 1);
            if (!IsParameterName(name))
            {
                error = $"'{name}' is not a valid parameter name";
                return null;
            }

            parameters.Add(name);
            j = close + 1;
        }

        return new PathSegment(PathSegmentKind.Function, text, parameters.ToEquatableArray());
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
