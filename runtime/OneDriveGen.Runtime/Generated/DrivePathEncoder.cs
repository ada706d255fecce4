using System;
using System.Text;
using System.ComponentModel;

namespace OneDriveGen.Runtime.Generated;

/// <summary>
/// Encodes a path for path-based addressing (<c>root:/a/b c:</c>) in a generated request builder: every segment
/// ends up percent-encoded exactly once and <c>/</c> stays the separator.
/// </summary>
/// <remarks>
/// Generated builders put the result into a reserved expansion (<c>{+path}</c>). That expansion keeps ASCII
/// percent-encoded triplets and encodes non-ASCII characters as UTF-8 itself, but it would encode the triplets of
/// an already encoded non-ASCII character a second time. So this encoder percent-encodes every ASCII character
/// outside the RFC 3986 unreserved set and leaves non-ASCII characters to the template. A <c>#</c>, <c>?</c>,
/// <c>%</c> or <c>+</c> in a name can therefore never cut or change the URL (msgraph-sdk-dotnet#553).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DrivePathEncoder
{
    /// <summary>Validates <paramref name="path"/> and returns it percent-encoded segment by segment.</summary>
    /// <param name="path">A path relative to the addressed item, such as <c>Documents/Q1 #1.docx</c>. One leading
    /// <c>/</c> is allowed.</param>
    /// <param name="parameterName">The caller's parameter name, used in the error.</param>
    /// <exception cref="ArgumentException">The path is empty, has an empty segment, or has a <c>.</c> or
    /// <c>..</c> segment.</exception>
    public static string Encode(string path, string parameterName)
    {
        if (path is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var relative = path.StartsWith("/", StringComparison.Ordinal) ? path.Substring(1) : path;
        if (relative.Trim().Length == 0)
        {
            throw new ArgumentException("The drive path must name an item; it is empty.", parameterName);
        }

        var segments = relative.Split('/');
        var builder = new StringBuilder(relative.Length + 16);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
            {
                throw new ArgumentException(
                    $"The drive path has an empty segment at position {i + 1}; remove the doubled or trailing '/'.",
                    parameterName);
            }

            if (segment is "." or "..")
            {
                throw new ArgumentException(
                    $"The drive path has a '{segment}' segment at position {i + 1}; relative segments are not allowed.",
                    parameterName);
            }

            if (i > 0)
            {
                builder.Append('/');
            }

            AppendTemplateSegment(builder, segment, parameterName);
        }

        return builder.ToString();
    }

    private static void AppendTemplateSegment(StringBuilder builder, string segment, string parameterName)
    {
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (char.IsSurrogate(c))
            {
                if (!(char.IsHighSurrogate(c) && i + 1 < segment.Length && char.IsLowSurrogate(segment[i + 1])))
                {
                    throw new ArgumentException($"The drive path has an unpaired UTF-16 surrogate in segment '{segment}'.", parameterName);
                }

                builder.Append(c).Append(segment[++i]);
            }
            else if (c >= 0x80)
            {
                builder.Append(c);
            }
            else if (IsUnreserved(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(Hex[c >> 4]).Append(Hex[c & 0xF]);
            }
        }
    }

    private const string Hex = "0123456789ABCDEF";

    private static bool IsUnreserved(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '-' or '.' or '_' or '~';

    /// <summary>
    /// Percent-encodes one whole segment (UTF-8, RFC 3986 unreserved set kept) for a URL built without a template,
    /// the same on every target framework
    /// (<see cref="Uri.EscapeDataString(string)"/> differs between runtimes for <c>!*'()</c>).
    /// </summary>
    public static string EscapeSegment(string segment)
    {
        var escaped = Uri.EscapeDataString(segment);
        return escaped
            .Replace("!", "%21")
            .Replace("*", "%2A")
            .Replace("'", "%27")
            .Replace("(", "%28")
            .Replace(")", "%29");
    }
}
