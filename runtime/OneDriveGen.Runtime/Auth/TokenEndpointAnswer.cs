using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// A token endpoint's JSON answer as RFC 6749 §5.1 and §5.2 define it (plus the identity platform's error_codes,
/// trace_id and correlation_id, and Live's user_id): protocol, not spec, so it is read here rather than generated.
/// </summary>
internal sealed class TokenEndpointAnswer
{
    public string? AccessToken { get; private set; }

    public string? RefreshToken { get; private set; }

    public long? ExpiresIn { get; private set; }

    public string? Scope { get; private set; }

    public string? UserId { get; private set; }

    public string? Error { get; private set; }

    public string? ErrorDescription { get; private set; }

    public List<long> ErrorCodes { get; } = new();

    public string? TraceId { get; private set; }

    public string? CorrelationId { get; private set; }

    /// <summary>Reads the answer at the reader's current token; unknown members are skipped.</summary>
    public static TokenEndpointAnswer? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A token endpoint answer must be a JSON object.");
        }

        var answer = new TokenEndpointAnswer();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "access_token": answer.AccessToken = Text(ref reader); break;
                case "refresh_token": answer.RefreshToken = Text(ref reader); break;
                case "expires_in": answer.ExpiresIn = Number(ref reader); break;
                case "scope": answer.Scope = Text(ref reader); break;
                case "user_id": answer.UserId = Text(ref reader); break;
                case "error": answer.Error = Text(ref reader); break;
                case "error_description": answer.ErrorDescription = Text(ref reader); break;
                case "trace_id": answer.TraceId = Text(ref reader); break;
                case "correlation_id": answer.CorrelationId = Text(ref reader); break;
                case "error_codes" when reader.TokenType == JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (Number(ref reader) is { } code)
                        {
                            answer.ErrorCodes.Add(code);
                        }
                    }

                    break;
                default: reader.Skip(); break;
            }
        }

        return answer;
    }

    private static string? Text(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    // Some endpoints send expires_in as a string ("3599"); both are read.
    private static long? Number(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt64(out var value) => value,
        JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        _ => Skip(ref reader),
    };

    private static long? Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}
