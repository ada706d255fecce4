using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OneDriveGen.Generator.Tests.Fuzz;

/// <summary>
/// Byte-level mutations of a spec file: truncation, bit flips, byte-order marks, invalid UTF-8, every line ending
/// the C# compiler knows, deleted and repeated ranges, stray JSON punctuation.
/// </summary>
internal sealed class ByteMutator(Random random)
{
    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ];

    /// <summary>Line breaks the C# compiler counts; only the first two are JSON whitespace.</summary>
    private static readonly string[] LineEndings = ["\r", "\r\n", "\u2028", "\u2029", "\u0085"];

    private const int JsonLineEndings = 2;

    private static readonly string[] Junk = [",", "}", "]", "{", "[", "\"", "\\", ":", "/*", "//", "\0", "\u00A0", "nul"];

    private readonly Random _random = random;

    /// <summary>Applies one mutation to <paramref name="bytes"/>; returns the description.</summary>
    public string Mutate(List<byte> bytes)
    {
        if (bytes.Count == 0)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes("{"));
            return "empty file gets '{'";
        }

        switch (_random.Next(8))
        {
            case 0:
                var cut = _random.Next(bytes.Count);
                bytes.RemoveRange(cut, bytes.Count - cut);
                return $"truncate at byte {cut}";
            case 1:
                var flips = _random.Next(1, 5);
                for (var i = 0; i < flips; i++)
                {
                    var at = _random.Next(bytes.Count);
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                }

                return $"flip {flips} bit(s)";
            case 2:
                var bomAt = _random.Next(2) == 0 ? 0 : _random.Next(bytes.Count);
                bytes.InsertRange(bomAt, new byte[] { 0xEF, 0xBB, 0xBF });
                return $"byte-order mark at byte {bomAt}";
            case 3:
                var invalid = InvalidUtf8[_random.Next(InvalidUtf8.Length)];
                var invalidAt = _random.Next(bytes.Count);
                bytes.InsertRange(invalidAt, invalid);
                return $"invalid UTF-8 {Convert.ToHexString(invalid)} at byte {invalidAt}";
            case 4:
                return ChangeLineEndings(bytes);
            case 5:
                var start = _random.Next(bytes.Count);
                var length = Math.Min(bytes.Count - start, _random.Next(1, 200));
                bytes.RemoveRange(start, length);
                return $"delete {length} byte(s) at {start}";
            case 6:
                var from = _random.Next(bytes.Count);
                var count = Math.Min(bytes.Count - from, _random.Next(1, 400));
                bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(from, count));
                return $"repeat {count} byte(s) from {from}";
            default:
                var junk = Junk[_random.Next(Junk.Length)];
                var junkAt = _random.Next(bytes.Count);
                bytes.InsertRange(junkAt, Encoding.UTF8.GetBytes(junk));
                return $"insert '{junk}' at byte {junkAt}";
        }
    }

    /// <summary>A byte mutation that keeps the JSON valid: other line endings, or a byte-order mark in front.</summary>
    public string MutateKeepingJson(List<byte> bytes)
    {
        if (_random.Next(3) == 0)
        {
            bytes.InsertRange(0, new byte[] { 0xEF, 0xBB, 0xBF });
            return "byte-order mark";
        }

        return ChangeLineEndings(bytes, JsonLineEndings);
    }

    private string ChangeLineEndings(List<byte> bytes, int choices = 5)
    {
        var text = Encoding.UTF8.GetString(bytes.ToArray());
        var mixed = _random.Next(3) == 0;
        var ending = LineEndings[_random.Next(choices)];
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '\n' ? (mixed ? LineEndings[_random.Next(choices)] : ending) : c.ToString());
        }

        bytes.Clear();
        bytes.AddRange(Encoding.UTF8.GetBytes(builder.ToString()));
        return mixed ? "mixed line endings" : $"line endings U+{(int)ending[^1]:X4}{(ending.Length > 1 ? " (CRLF)" : string.Empty)}";
    }
}
