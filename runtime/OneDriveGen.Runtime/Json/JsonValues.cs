using System.Globalization;
using System.Text.Json;

namespace OneDriveGen.Runtime.Json;

/// <summary>
/// Reading one protocol value at the reader's current token, tolerant of a hostile or odd type: a value of another
/// type is skipped whole (so the reader never loses its place) and read as null.
/// </summary>
internal static class JsonValues
{
    /// <summary>The string at the current token, or null (the value skipped) when it is something else.</summary>
    public static string? StringOrSkip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    /// <summary>The whole number at the current token, or in a string ("3599", as some endpoints send it); else null.</summary>
    public static long? Int64OrSkip(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var value):
                return value;
            case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value):
                return value;
            default:
                reader.Skip();
                return null;
        }
    }
}
