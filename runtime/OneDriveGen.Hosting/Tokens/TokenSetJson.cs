using System;
using System.Collections.Generic;
using System.Text.Json;
using OneDriveGen.Runtime.Auth;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>The JSON form of token sets, for the stores that persist them (always protected before it is written).</summary>
internal static class TokenSetJson
{
    public static void Write(Utf8JsonWriter writer, TokenSet tokens)
    {
        writer.WriteStartObject();
        writer.WriteString("accessToken", tokens.AccessToken);
        writer.WriteString("refreshToken", tokens.RefreshToken);
        writer.WriteString("expiresAt", tokens.ExpiresAt);
        writer.WriteString("scopes", string.Join(' ', tokens.Scopes));
        writer.WriteString("userId", tokens.UserId);
        writer.WriteEndObject();
    }

    public static TokenSet Read(JsonElement element)
    {
        string? Text(string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new TokenSet(
            Text("accessToken") ?? throw new JsonException("A stored token set has no accessToken."),
            Text("refreshToken"),
            element.GetProperty("expiresAt").GetDateTimeOffset(),
            (Text("scopes") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Text("userId"));
    }

    public static byte[] Serialize(IReadOnlyDictionary<string, TokenSet> accounts)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (account, tokens) in accounts)
            {
                writer.WritePropertyName(account);
                Write(writer, tokens);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static Dictionary<string, TokenSet> Deserialize(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, TokenSet>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            result[property.Name] = Read(property.Value);
        }

        return result;
    }
}
