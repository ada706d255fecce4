using System.Text.Json;
using OneDriveGen.Runtime.Json;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// The device authorization endpoint's answer (RFC 8628 §3.2): device_code, user_code, verification_uri, expires_in,
/// interval, message. Protocol, not spec, so it is read here rather than generated.
/// </summary>
internal sealed class DeviceAuthorizationAnswer
{
    public string? DeviceCode { get; private set; }

    public string? UserCode { get; private set; }

    public string? VerificationUri { get; private set; }

    public long? ExpiresIn { get; private set; }

    public long? Interval { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Reads the answer at the reader's current token; unknown members are skipped.</summary>
    public static DeviceAuthorizationAnswer? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A device authorization answer must be a JSON object.");
        }

        var answer = new DeviceAuthorizationAnswer();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "device_code": answer.DeviceCode = JsonValues.StringOrSkip(ref reader); break;
                case "user_code": answer.UserCode = JsonValues.StringOrSkip(ref reader); break;
                case "verification_uri": answer.VerificationUri = JsonValues.StringOrSkip(ref reader); break;
                case "expires_in": answer.ExpiresIn = JsonValues.Int64OrSkip(ref reader); break;
                case "interval": answer.Interval = JsonValues.Int64OrSkip(ref reader); break;
                case "message": answer.Message = JsonValues.StringOrSkip(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return answer;
    }
}
