using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace OneDriveGen.Generator.Emit;

/// <summary>
/// A small indented text writer with a fixed '\n' newline, so output is identical on every OS and culture.
/// Multi-line text (raw string literals) is re-indented line by line; blank lines get no trailing spaces.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new(8 * 1024);
    private int _indentation;

    public void Indent() => _indentation++;

    public void Unindent()
    {
        if (_indentation == 0)
        {
            throw new InvalidOperationException("Unbalanced indentation.");
        }

        _indentation--;
    }

    public void WriteLine() => _builder.Append('\n');

    /// <summary>Removes one blank line at the end, so a block never closes after an empty line.</summary>
    public void TrimTrailingBlankLine()
    {
        var length = _builder.Length;
        if (length >= 2 && _builder[length - 1] == '\n' && _builder[length - 2] == '\n')
        {
            _builder.Length = length - 1;
        }
    }

    /// <summary>Writes <paramref name="text"/>; every line of it is indented at the current level.</summary>
    public void WriteLine(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            line = line.TrimEnd('\r');
            if (line.Length > 0)
            {
                _builder.Append(' ', _indentation * IndentSize).Append(line);
            }

            _builder.Append('\n');
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    /// <summary>Writes an opening brace and indents; dispose the result to close it.</summary>
    public Block OpenBlock(string? header = null, string closing = "}")
    {
        if (header is not null)
        {
            WriteLine(header);
        }

        WriteLine("{");
        Indent();
        return new Block(this, closing);
    }

    public SourceText ToSourceText()
    {
        if (_indentation != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation at the end of a file.");
        }

        return SourceText.From(_builder.ToString(), Encoding.UTF8);
    }

    public override string ToString() => _builder.ToString();

    /// <summary>Closes a block opened by <see cref="OpenBlock"/>.</summary>
    internal readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _closing;

        public Block(SourceWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer.TrimTrailingBlankLine();
            _writer.Unindent();
            _writer.WriteLine(_closing);
        }
    }
}
