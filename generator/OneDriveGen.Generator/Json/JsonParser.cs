using System.Globalization;
using System.Text;
using System.Threading;

namespace OneDriveGen.Generator.Json;

/// <summary>
/// A small strict JSON (RFC 8259) parser that tracks line and column, so every spec problem can be reported
/// where it was written. System.Text.Json is not used: it does not load in every compiler host. The build task
/// shares it, leniently, for appsettings.json, where comments and trailing commas are allowed.
/// </summary>
internal sealed class JsonParser
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _lenient;
    private int _offset;
    private int _line;
    private int _column;

    private JsonParser(string text, CancellationToken cancellationToken, bool lenient)
    {
        _text = text;
        _cancellationToken = cancellationToken;
        _lenient = lenient;
    }

    /// <summary>
    /// Parses one JSON document; throws <see cref="JsonSyntaxException"/> at the first error. With
    /// <paramref name="allowCommentsAndTrailingCommas"/>, reads JSON as .NET configuration files are written.
    /// </summary>
    public static JsonNode Parse(string text, CancellationToken cancellationToken, bool allowCommentsAndTrailingCommas = false)
    {
        var parser = new JsonParser(text, cancellationToken, allowCommentsAndTrailingCommas);
        if (parser.Peek() == '\uFEFF')
        {
            parser.Advance();
        }

        parser.SkipWhitespace();
        var root = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._offset < text.Length)
        {
            throw new JsonSyntaxException("Unexpected text after the end of the JSON document", parser.Position);
        }

        return root;
    }

    private JsonPosition Position => new(_offset, _line, _column);

    // Where the C# compiler breaks lines (SourceText), so a location lands on the token the IDE shows: LF, a CR not
    // followed by LF (CRLF counts once, at its LF), NEL, LS and PS.
    private bool IsLineBreakAt(int offset) => _text[offset] switch
    {
        '\n' or '\u0085' or '\u2028' or '\u2029' => true,
        '\r' => offset + 1 >= _text.Length || _text[offset + 1] != '\n',
        _ => false,
    };

    private char Peek() => _offset < _text.Length ? _text[_offset] : '\0';

    private void Advance()
    {
        if (IsLineBreakAt(_offset))
        {
            _line++;
            _column = 0;
        }
        else
        {
            _column++;
        }

        _offset++;
    }

    private void SkipWhitespace()
    {
        while (_offset < _text.Length)
        {
            var c = _text[_offset];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                Advance();
            }
            else if (c == '/' && _offset + 1 < _text.Length && (_text[_offset + 1] == '/' || _text[_offset + 1] == '*'))
            {
                if (!_lenient)
                {
                    throw new JsonSyntaxException("Comments are not allowed in a spec file", Position);
                }

                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        var start = Position;
        var block = _text[_offset + 1] == '*';
        Advance();
        Advance();
        while (_offset < _text.Length)
        {
            if (!block && IsLineBreakAt(_offset))
            {
                return;
            }

            if (block && _text[_offset] == '*' && _offset + 1 < _text.Length && _text[_offset + 1] == '/')
            {
                Advance();
                Advance();
                return;
            }

            Advance();
        }

        if (block)
        {
            throw new JsonSyntaxException("Comment is not closed with */", start);
        }
    }

    private JsonNode ParseValue(int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (depth > MaxDepth)
        {
            throw new JsonSyntaxException($"JSON is nested deeper than {MaxDepth} levels", Position);
        }

        var c = Peek();
        switch (c)
        {
            case '{':
                return ParseObject(depth);
            case '[':
                return ParseArray(depth);
            case '"':
                {
                    var start = Position;
                    var value = ParseString();
                    return new JsonNode(JsonKind.String, start) { Text = value, End = Position };
                }

            case 't':
                return ParseLiteral("true", JsonKind.Boolean);
            case 'f':
                return ParseLiteral("false", JsonKind.Boolean);
            case 'n':
                return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw new JsonSyntaxException(
                    _offset >= _text.Length ? "Unexpected end of the JSON document" : $"Unexpected character '{c}'",
                    Position);
        }
    }

    private JsonNode ParseObject(int depth)
    {
        var node = new JsonNode(JsonKind.Object, Position);
        Advance();
        SkipWhitespace();
        if (Peek() == '}')
        {
            Advance();
            node.End = Position;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            if (_lenient && Peek() == '}')
            {
                Advance();
                node.End = Position;
                return node;
            }

            if (Peek() != '"')
            {
                throw new JsonSyntaxException(
                    Peek() == '}' ? "Trailing comma before '}'" : "Expected a property name in double quotes",
                    Position);
            }

            var keyStart = Position;
            var key = ParseString();
            var keyEnd = Position;
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            var value = ParseValue(depth + 1);
            node.Properties.Add(new JsonProperty(key, keyStart, keyEnd, value));
            SkipWhitespace();
            if (Peek() == ',')
            {
                Advance();
                continue;
            }

            Expect('}');
            node.End = Position;
            return node;
        }
    }

    private JsonNode ParseArray(int depth)
    {
        var node = new JsonNode(JsonKind.Array, Position);
        Advance();
        SkipWhitespace();
        if (Peek() == ']')
        {
            Advance();
            node.End = Position;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            if (_lenient && Peek() == ']')
            {
                Advance();
                node.End = Position;
                return node;
            }

            if (Peek() == ']')
            {
                throw new JsonSyntaxException("Trailing comma before ']'", Position);
            }

            node.Items.Add(ParseValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',')
            {
                Advance();
                continue;
            }

            Expect(']');
            node.End = Position;
            return node;
        }
    }

    private void Expect(char expected)
    {
        if (Peek() != expected)
        {
            var found = _offset >= _text.Length ? "the end of the document" : $"'{Peek()}'";
            throw new JsonSyntaxException($"Expected '{expected}' but found {found}", Position);
        }

        Advance();
    }

    private JsonNode ParseLiteral(string literal, JsonKind kind)
    {
        var start = Position;
        if (string.CompareOrdinal(_text, _offset, literal, 0, literal.Length) != 0)
        {
            throw new JsonSyntaxException($"Unexpected character '{Peek()}'", start);
        }

        for (var i = 0; i < literal.Length; i++)
        {
            Advance();
        }

        return new JsonNode(kind, start) { Text = literal, End = Position };
    }

    private JsonNode ParseNumber()
    {
        var start = Position;
        if (Peek() == '-')
        {
            Advance();
        }

        if (Peek() == '0')
        {
            Advance();
        }
        else
        {
            RequireDigits();
        }

        if (Peek() == '.')
        {
            Advance();
            RequireDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            Advance();
            if (Peek() is '+' or '-')
            {
                Advance();
            }

            RequireDigits();
        }

        var text = _text.Substring(start.Offset, _offset - start.Offset);
        return new JsonNode(JsonKind.Number, start) { Text = text, End = Position };
    }

    private void RequireDigits()
    {
        if (!(Peek() >= '0' && Peek() <= '9'))
        {
            throw new JsonSyntaxException("Expected a digit", Position);
        }

        while (Peek() >= '0' && Peek() <= '9')
        {
            Advance();
        }
    }

    private string ParseString()
    {
        var start = Position;
        Advance();
        var builder = new StringBuilder();
        while (true)
        {
            if (_offset >= _text.Length)
            {
                throw new JsonSyntaxException("Unterminated string", start);
            }

            var c = Peek();
            if (c == '"')
            {
                Advance();
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw new JsonSyntaxException("Control characters must be escaped inside a string", Position);
            }

            if (c != '\\')
            {
                builder.Append(c);
                Advance();
                continue;
            }

            var escapeStart = Position;
            Advance();
            var escaped = Peek();
            switch (escaped)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_offset + 5 > _text.Length
                        || !int.TryParse(_text.Substring(_offset + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new JsonSyntaxException("Invalid \\u escape: expected four hexadecimal digits", escapeStart);
                    }

                    builder.Append((char)code);
                    for (var i = 0; i < 4; i++)
                    {
                        Advance();
                    }

                    break;
                default:
                    throw new JsonSyntaxException($"Invalid escape sequence '\\{escaped}'", escapeStart);
            }

            Advance();
        }
    }
}
