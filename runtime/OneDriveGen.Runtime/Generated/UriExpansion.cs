using System;
using System.Globalization;
using System.Text;
using System.ComponentModel;

namespace OneDriveGen.Runtime.Generated;

/// <summary>
/// RFC 6570 expansion, one variable at a time, for URLs whose templates the generator already took apart at
/// compile time: the same output as Kiota's template engine for the forms the spec uses (<c>{var}</c>,
/// <c>{+var}</c>, <c>{?a,b}</c>), without parsing a template on every request.
/// Called by generated code; not part of the API users are meant to call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class UriExpansion
{
    private const string Reserved = ":/?#[]@!$&'()*+,;=";
    private const int MaxCachedCapacity = 256;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>Simple expansion (<c>{var}</c>): everything but unreserved characters is percent-encoded, UTF-8.</summary>
    public static void AppendSimple(StringBuilder url, object? value)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Format(value) is not { } text)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnreserved(text[i]))
            {
                url.Append(text[i]);
            }
            else
            {
                i += AppendPercentEncoded(url, text, i) - 1;
            }
        }
    }

    /// <summary>Reserved expansion (<c>{+var}</c>): reserved characters and existing percent-triplets stay; the rest is encoded.</summary>
    public static void AppendReserved(StringBuilder url, object? value)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Format(value) is not { } text)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnreserved(c) || Reserved.Contains(c, StringComparison.Ordinal))
            {
                url.Append(c);
            }
            else if (c == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                url.Append(text, i, 3);
                i += 2;
            }
            else
            {
                i += AppendPercentEncoded(url, text, i) - 1;
            }
        }
    }

    /// <summary>A builder for one URL, reused per thread (URLs are built synchronously); give it back with <see cref="ToStringAndReturn"/>.</summary>
    public static StringBuilder RentBuilder()
    {
        var builder = t_builder;
        if (builder is null)
        {
            return new StringBuilder(MaxCachedCapacity);
        }

        t_builder = null;
        return builder.Clear();
    }

    /// <summary>The URL built, and the builder kept for the next one on this thread (unless it grew very large).</summary>
    public static string ToStringAndReturn(StringBuilder url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.ToString();
        if (url.Capacity <= MaxCachedCapacity * 4)
        {
            t_builder = url;
        }

        return text;
    }

    /// <summary>One form-style query variable (<c>{?name}</c>): skipped when null; <paramref name="separator"/> goes from '?' to '&amp;'.</summary>
    /// <param name="url">The URL so far.</param>
    /// <param name="separator">'?' before the first query variable written, '&amp;' after.</param>
    /// <param name="encodedName">The variable's name as the template writes it (e.g. <c>%24select</c>).</param>
    /// <param name="value">The value; null leaves the variable out.</param>
    public static void AppendQuery(StringBuilder url, ref char separator, string encodedName, string? value)
    {
        if (value is not null)
        {
            AppendName(url, ref separator, encodedName);
            AppendSimple(url, value);
        }
    }

    /// <inheritdoc cref="AppendQuery(StringBuilder, ref char, string, string?)"/>
    public static void AppendQuery(StringBuilder url, ref char separator, string encodedName, int? value)
    {
        if (value is { } number)
        {
            AppendName(url, ref separator, encodedName);
            url.Append(number.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <inheritdoc cref="AppendQuery(StringBuilder, ref char, string, string?)"/>
    public static void AppendQuery(StringBuilder url, ref char separator, string encodedName, bool? value)
    {
        if (value is { } flag)
        {
            AppendName(url, ref separator, encodedName);
            url.Append(flag ? "true" : "false");
        }
    }

    /// <summary>A list variable: its items comma-joined, each encoded; null or empty leaves it out.</summary>
    /// <param name="url">The URL so far.</param>
    /// <param name="separator">'?' before the first query variable written, '&amp;' after.</param>
    /// <param name="encodedName">The variable's name as the template writes it (e.g. <c>%24select</c>).</param>
    /// <param name="values">The items.</param>
    public static void AppendQuery(StringBuilder url, ref char separator, string encodedName, string[]? values)
    {
        if (values is not { Length: > 0 })
        {
            return;
        }

        AppendName(url, ref separator, encodedName);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                url.Append(',');
            }

            AppendSimple(url, values[i]);
        }
    }

    private static void AppendName(StringBuilder url, ref char separator, string encodedName)
    {
        ArgumentNullException.ThrowIfNull(url);
        url.Append(separator).Append(encodedName).Append('=');
        separator = '&';
    }

    // Kiota formats what is not a string this way before expanding.
    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.ToString("o", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // Percent-encodes the UTF-8 bytes of the character (or surrogate pair) at index; returns the chars consumed.
    private static int AppendPercentEncoded(StringBuilder url, string text, int index)
    {
        const string Hex = "0123456789ABCDEF";
        Span<byte> utf8 = stackalloc byte[4];
        var length = index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]) ? 2 : 1;
        var count = Encoding.UTF8.GetBytes(text.AsSpan(index, length), utf8);
        for (var b = 0; b < count; b++)
        {
            url.Append('%').Append(Hex[utf8[b] >> 4]).Append(Hex[utf8[b] & 0xF]);
        }

        return length;
    }

    private static bool IsUnreserved(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';
}
