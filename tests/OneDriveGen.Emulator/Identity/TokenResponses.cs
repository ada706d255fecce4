using OneDriveGen.Emulator.Hosting;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OneDriveGen.Emulator.Identity;

/// <summary>Writes successful token responses: the v2.0 shape, or the Live shape with lowercase bearer and user_id.</summary>
internal static class TokenResponses
{
    public const string LiveUserId = "8c68a3f1d2e40ae4";

    public static Task WriteAsync(HttpContext context, IReadOnlyList<string> scopes, string accessToken, string? refreshToken, int expiresIn, bool live, string? idToken = null, string? clientInfo = null)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store, no-cache";
        context.Response.Headers.Pragma = "no-cache";
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions.Writer))
        {
            writer.WriteStartObject();
            writer.WriteString("token_type", live ? "bearer" : "Bearer");
            writer.WriteString("scope", string.Join(' ', scopes));
            writer.WriteNumber("expires_in", expiresIn);
            if (!live)
            {
                writer.WriteNumber("ext_expires_in", expiresIn);
            }

            writer.WriteString("access_token", accessToken);
            if (refreshToken is not null)
            {
                writer.WriteString("refresh_token", refreshToken);
            }

            if (idToken is not null)
            {
                writer.WriteString("id_token", idToken);
            }

            if (clientInfo is not null)
            {
                writer.WriteString("client_info", clientInfo);
            }

            if (live)
            {
                writer.WriteString("user_id", LiveUserId);
            }

            writer.WriteEndObject();
        }

        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }
}
