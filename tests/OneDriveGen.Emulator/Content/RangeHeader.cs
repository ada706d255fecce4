using System.Globalization;

namespace OneDriveGen.Emulator.Content;

/// <summary>Parses single-range Range and Content-Range headers (bytes=a-b, bytes=a-, bytes=-n; bytes a-b/total).</summary>
internal static class RangeHeader
{
    /// <summary>The inclusive range asked for within <paramref name="length"/> bytes; null when absent; Unsatisfiable when outside.</summary>
    public static (long Start, long End)? Parse(string header, long length, out bool unsatisfiable)
    {
        unsatisfiable = false;
        if (!header.StartsWith("bytes=", System.StringComparison.Ordinal) || header.Contains(',', System.StringComparison.Ordinal))
        {
            return null;
        }

        var spec = header[6..];
        var dash = spec.IndexOf('-', System.StringComparison.Ordinal);
        if (dash < 0)
        {
            return null;
        }

        var first = spec[..dash];
        var last = spec[(dash + 1)..];
        long start;
        long end;
        if (first.Length == 0)
        {
            if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var suffix) || suffix == 0)
            {
                unsatisfiable = true;
                return null;
            }

            start = System.Math.Max(0, length - suffix);
            end = length - 1;
        }
        else
        {
            if (!long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out start))
            {
                return null;
            }

            end = last.Length == 0 ? length - 1 : long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? System.Math.Min(e, length - 1) : -1;
        }

        if (start >= length || end < start)
        {
            unsatisfiable = true;
            return null;
        }

        return (start, end);
    }

    /// <summary>Parses Content-Range: bytes a-b/total.</summary>
    public static (long Start, long End, long Total)? ParseContentRange(string header)
    {
        if (!header.StartsWith("bytes ", System.StringComparison.Ordinal))
        {
            return null;
        }

        var slash = header.IndexOf('/', System.StringComparison.Ordinal);
        var dash = header.IndexOf('-', System.StringComparison.Ordinal);
        if (slash < 0 || dash < 0 || dash > slash)
        {
            return null;
        }

        return long.TryParse(header[6..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && long.TryParse(header[(dash + 1)..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            && long.TryParse(header[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var total)
            && end >= start && end < total
            ? (start, end, total)
            : null;
    }
}
