using System.Collections.Generic;
using System.Linq;
using System.Text;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Spec;

/// <summary>
/// Splits an endpoint path such as <c>/drives/{drive-id}/items/{item-id}:/{item-path}:/content</c> into segments.
/// The <c>{…}</c> syntax is <see cref="TemplateScanner"/>'s alone; this walks its pieces for the path's own
/// syntax: <c>/</c> between segments, <c>:/{parameter}:</c> for path addressing, functions such as
/// <c>search(q='{q}')</c>. Returns null and an error message when the template is malformed.
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

        if (TemplateScanner.Scan(path, out var scanError) is not { } pieces)
        {
            error = scanError;
            return null;
        }

        var tokens = Tokens(pieces);
        var i = 1;
        while (true)
        {
            var start = i;
            while (i < tokens.Count && !tokens[i].Is('/') && !IsPathAddressStart(tokens, i))
            {
                i++;
            }

            if (i == start)
            {
                error = i >= tokens.Count ? "it must not end with '/'" : "it has an empty segment";
                return null;
            }

            var segment = Classify(tokens.GetRange(start, i - start), out error);
            if (segment is null)
            {
                return null;
            }

            segments.Add(segment);
            if (IsPathAddressStart(tokens, i))
            {
                var name = tokens[i + 2].Variable!;
                if (i + 3 >= tokens.Count || !tokens[i + 3].Is(':'))
                {
                    error = "path addressing must be written ':/{parameter}:' with the closing ':'";
                    return null;
                }

                if (!IsParameterName(name))
                {
                    error = $"'{name}' is not a valid parameter name";
                    return null;
                }

                segments.Add(new PathSegment(PathSegmentKind.PathAddress, name, new EquatableArray<TemplatePiece>(new[] { TemplatePiece.Variable(name, Expansion.Reserved) })));
                i += 4;
                if (i == tokens.Count)
                {
                    break;
                }

                if (!tokens[i].Is('/'))
                {
                    error = "path addressing must be followed by '/' or end the path";
                    return null;
                }
            }

            if (i >= tokens.Count)
            {
                break;
            }

            i++; // past '/'
            if (i == tokens.Count)
            {
                error = "it must not end with '/'";
                return null;
            }
        }

        return segments;
    }

    // ':' '/' {variable}: the start of path addressing.
    private static bool IsPathAddressStart(List<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i].Is(':') && tokens[i + 1].Is('/') && tokens[i + 2].Variable is not null;

    private static PathSegment? Classify(List<Token> tokens, out string? error)
    {
        var text = Text(tokens);
        var parts = Pieces(tokens);
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

    // The pieces as one token per literal character or variable, so the path's own separators can be found.
    private static List<Token> Tokens(EquatableArray<TemplatePiece> pieces)
    {
        var tokens = new List<Token>();
        foreach (var piece in pieces)
        {
            if (piece.IsVariable)
            {
                tokens.Add(new Token('\0', piece.Text));
            }
            else
            {
                tokens.AddRange(piece.Text.Select(c => new Token(c, null)));
            }
        }

        return tokens;
    }

    // Runs of characters become one literal each (built once, not a character at a time).
    private static EquatableArray<TemplatePiece> Pieces(List<Token> tokens)
    {
        var pieces = new List<TemplatePiece>();
        var literal = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Variable is null)
            {
                literal.Append(token.Character);
                continue;
            }

            if (literal.Length > 0)
            {
                pieces.Add(TemplatePiece.Literal(literal.ToString()));
                literal.Clear();
            }

            pieces.Add(TemplatePiece.Variable(token.Variable));
        }

        if (literal.Length > 0)
        {
            pieces.Add(TemplatePiece.Literal(literal.ToString()));
        }

        return pieces.ToEquatableArray();
    }

    private static string Text(List<Token> tokens)
    {
        var text = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Variable is { } name)
            {
                text.Append('{').Append(name).Append('}');
            }
            else
            {
                text.Append(token.Character);
            }
        }

        return text.ToString();
    }

    private readonly struct Token
    {
        public Token(char character, string? variable)
        {
            Character = character;
            Variable = variable;
        }

        public char Character { get; }

        /// <summary>The variable's name, or null for a literal character.</summary>
        public string? Variable { get; }

        public bool Is(char c) => Variable is null && Character == c;
    }
}
