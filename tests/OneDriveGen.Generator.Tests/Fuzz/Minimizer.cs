using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace OneDriveGen.Generator.Tests.Fuzz;

/// <summary>
/// Shrinks a failing spec while it still fails the same way (delta debugging: drop chunks of lines, then of
/// characters, halving the chunk size), within a time budget, so a failure report shows a readable input.
/// </summary>
internal static class Minimizer
{
    public static string Minimize(byte[] failing, string kind, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        bool StillFails(string candidate) =>
            FuzzOracle.Judge(Encoding.UTF8.GetBytes(candidate), compile: kind == "broken code").Failure?.Kind == kind;

        var text = Encoding.UTF8.GetString(failing);
        if (!StillFails(text))
        {
            return text; // the failure depends on the exact bytes (invalid UTF-8): report them as they are
        }

        var lines = Shrink(Lines(text), string.Concat, StillFails, clock, budget);
        var chars = Shrink(string.Concat(lines).Select(c => c.ToString()).ToList(), string.Concat, StillFails, clock, budget);
        return string.Concat(chars);
    }

    /// <summary>The text cut after every line break the fuzzer writes (CR-only and U+2028 files too), breaks kept.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        lines.Add(text.Substring(start));
        return lines;
    }

    private static List<string> Shrink(List<string> parts, Func<List<string>, string> join, Func<string, bool> stillFails, Stopwatch clock, TimeSpan budget)
    {
        for (var chunk = Math.Max(1, parts.Count / 2); chunk >= 1 && clock.Elapsed < budget; chunk /= 2)
        {
            for (var start = 0; start < parts.Count && clock.Elapsed < budget;)
            {
                var candidate = parts.Take(start).Concat(parts.Skip(start + chunk)).ToList();
                if (candidate.Count > 0 && stillFails(join(candidate)))
                {
                    parts = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return parts;
    }

    /// <summary>The input as one printable block: control and separator characters shown as escapes.</summary>
    public static string Printable(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\n",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
