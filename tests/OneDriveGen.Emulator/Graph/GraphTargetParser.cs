using System;
using System.Collections.Generic;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>
/// Parses the raw path of a Graph request (as sent, before any decoding) the way the service does: IDs are one
/// segment decoded once (so %21 and ! are the same), path addressing is :/a/b: with at most two colons.
/// </summary>
internal static partial class GraphTargetParser
{
    private static readonly string[] Actions = { "children", "content", "thumbnails", "createUploadSession", "copy", "delta" };

    public static (GraphTarget? Target, DriveError? Error) Parse(string rawPath)
    {
        if (MalformedPercent().IsMatch(rawPath))
        {
            // A '%' that does not start %XX is refused, not passed on as a literal.
            return (null, DriveError.Invalid("The request URL contains an invalid percent-encoding."));
        }

        string drive;
        string rest;
        if (rawPath.StartsWith("/me/drive", StringComparison.Ordinal) && (rawPath.Length == 9 || rawPath[9] is '/' or ':'))
        {
            drive = "me";
            rest = rawPath[9..];
        }
        else if (rawPath.StartsWith("/drives/", StringComparison.Ordinal))
        {
            var end = IndexOfAny(rawPath, 8, '/', ':');
            drive = Decode(rawPath[8..end]);
            rest = rawPath[end..];
        }
        else
        {
            return (null, BadSegment(rawPath.TrimStart('/').Split('/')[0]));
        }

        if (rest.Length == 0)
        {
            return (new GraphTarget(drive, ItemBase.Drive, null, null, string.Empty, Array.Empty<string>()), null);
        }

        ItemBase itemBase;
        string? baseValue = null;
        if (rest.StartsWith("/root", StringComparison.Ordinal) && (rest.Length == 5 || rest[5] is '/' or ':'))
        {
            itemBase = ItemBase.Root;
            rest = rest[5..];
        }
        else if (rest.StartsWith("/items/", StringComparison.Ordinal) || rest.StartsWith("/special/", StringComparison.Ordinal))
        {
            itemBase = rest[1] == 'i' ? ItemBase.Item : ItemBase.Special;
            var start = itemBase == ItemBase.Item ? 7 : 9;
            var end = IndexOfAny(rest, start, '/', ':');
            baseValue = Decode(rest[start..end]);
            if (baseValue.Length == 0)
            {
                return (null, DriveError.Invalid("Invalid request"));
            }

            if (itemBase == ItemBase.Item && baseValue == "root")
            {
                itemBase = ItemBase.Root;
                baseValue = null;
            }

            rest = rest[end..];
        }
        else
        {
            return (null, BadSegment(rest.TrimStart('/').Split('/', ':')[0]));
        }

        IReadOnlyList<string>? path = null;
        if (rest.StartsWith(':'))
        {
            if (CountColons(rest) > 2)
            {
                return (null, DriveError.Invalid("Paths can only contain at most two colons."));
            }

            var close = rest.IndexOf(':', 1);
            var rawItemPath = close < 0 ? rest[1..] : rest[1..close];
            rest = close < 0 ? string.Empty : rest[(close + 1)..];
            if (close < 0 && rawItemPath.Length == 0)
            {
                return (null, DriveError.Invalid("Invalid request"));
            }

            var segments = new List<string>();
            foreach (var raw in rawItemPath.Split('/'))
            {
                if (raw.Length > 0)
                {
                    // Field reports (skilion/onedrive#167): a raw '+' in a path is read as a space; clients send %2B.
                    segments.Add(Decode(raw.Replace('+', ' ')));
                }
            }

            path = segments;
        }

        if (rest.Length == 0)
        {
            return (new GraphTarget(drive, itemBase, baseValue, path, string.Empty, Array.Empty<string>()), null);
        }

        if (!rest.StartsWith('/'))
        {
            return (null, DriveError.Invalid("Invalid request"));
        }

        var parts = rest[1..].Split('/');
        if (parts[0].StartsWith("search(", StringComparison.Ordinal))
        {
            var query = ParseSearch(parts[0]);
            return query is null || parts.Length > 1
                ? (null, DriveError.Invalid("Syntax error: the search function needs q='text'."))
                : (new GraphTarget(drive, itemBase, baseValue, path, "search", new[] { query }), null);
        }

        if (Array.IndexOf(Actions, parts[0]) < 0)
        {
            return (null, BadSegment(parts[0]));
        }

        var arguments = new List<string>();
        for (var i = 1; i < parts.Length; i++)
        {
            arguments.Add(Decode(parts[i]));
        }

        return (new GraphTarget(drive, itemBase, baseValue, path, parts[0], arguments), null);
    }

    private static string? ParseSearch(string segment)
    {
        const string prefix = "search(q='";
        if (!segment.StartsWith(prefix, StringComparison.Ordinal) || !segment.EndsWith("')", StringComparison.Ordinal))
        {
            return null;
        }

        var literal = Decode(segment[prefix.Length..^2]);
        return literal.Replace("''", "'", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("%(?![0-9A-Fa-f]{2})")]
    private static partial System.Text.RegularExpressions.Regex MalformedPercent();

    private static DriveError BadSegment(string segment) =>
        new(400, "BadRequest", $"Resource not found for the segment '{Decode(segment)}'.");

    private static string Decode(string raw)
    {
        try
        {
            return Uri.UnescapeDataString(raw);
        }
        catch (UriFormatException)
        {
            return raw;
        }
    }

    private static int IndexOfAny(string text, int start, char a, char b)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == a || text[i] == b)
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int CountColons(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == ':')
            {
                count++;
            }
        }

        return count;
    }
}
