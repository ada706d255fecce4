using System.Collections.Generic;
using System.Text.Json;
using OneDriveGen.Runtime.Json;

namespace OneDriveGen.Runtime.Tokens;

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
                case "access_token": answer.AccessToken = JsonValues.StringOrSkip(ref reader); break;
                case "refresh_token": answer.RefreshToken = JsonValues.StringOrSkip(ref reader); break;
                case "expires_in": answer.ExpiresIn = JsonValues.Int64OrSkip(ref reader); break;
                case "scope": answer.Scope = JsonValues.StringOrSkip(ref reader); break;
                case "user_id": answer.UserId = JsonValues.StringOrSkip(ref reader); break;
                case "error": answer.Error = JsonValues.StringOrSkip(ref reader); break;
                case "error_description": answer.ErrorDescription = JsonValues.StringOrSkip(ref reader); break;
                case "trace_id": answer.TraceId = JsonValues.StringOrSkip(ref reader); break;
                case "correlation_id": answer.CorrelationId = JsonValues.StringOrSkip(ref reader); break;
                case "error_codes" when reader.TokenType == JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (JsonValues.Int64OrSkip(ref reader) is { } code)
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
}
