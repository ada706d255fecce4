using System;
using System.Text;

namespace OneDriveGen.Runtime.Encoding;

/// <summary>
/// Encodes a path for path-based addressing (<c>root:/a/b c:</c>): every segment is percent-encoded exactly once
/// (RFC 3986 unreserved characters stay as they are) and <c>/</c> stays the separator.
/// </summary>
/// <remarks>
/// Generated request builders put the result into a reserved expansion (<c>{+path}</c>), which leaves
/// percent-encoded triplets alone, so nothing is encoded twice. A <c>#</c>, <c>?</c>, <c>%</c> or <c>+</c>
/// in a name can therefore never cut or change the URL (msgraph-sdk-dotnet#553).
/// </remarks>
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

            builder.Append(EscapeSegment(segment));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Percent-encodes one segment with the RFC 3986 unreserved set on every target framework
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
