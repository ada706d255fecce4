using OneDriveGen.Emulator.Hosting;
using System;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// Writes errors in the identity platform's JSON shape: error, error_description with the AADSTS code and
/// trace lines separated by \r\n, error_codes, timestamp (yyyy-MM-dd HH:mm:ssZ), trace_id, correlation_id, error_uri.
/// </summary>
internal static class IdentityErrors
{
    public static Task WriteAsync(HttpContext context, DateTimeOffset now, string error, int aadsts, string message, int status = 400)
    {
        var traceId = Guid.NewGuid().ToString();
        var correlationId = context.Request.Headers["client-request-id"].ToString() is { Length: > 0 } clientRequestId ? clientRequestId : Guid.NewGuid().ToString();
        var timestamp = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var code = aadsts.ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store, no-cache";
        context.Response.Headers.Pragma = "no-cache";
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions.Writer))
        {
            writer.WriteStartObject();
            writer.WriteString("error", error);
            writer.WriteString("error_description", $"AADSTS{code}: {message}\r\nTrace ID: {traceId}\r\nCorrelation ID: {correlationId}\r\nTimestamp: {timestamp}");
            writer.WriteStartArray("error_codes");
            writer.WriteNumberValue(aadsts);
            writer.WriteEndArray();
            writer.WriteString("timestamp", timestamp);
            writer.WriteString("trace_id", traceId);
            writer.WriteString("correlation_id", correlationId);
            writer.WriteString("error_uri", $"https://login.microsoftonline.com/error?code={code}");
            writer.WriteEndObject();
        }

        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }

    /// <summary>
    /// The app a form's client_id names, or null after answering AADSTS900144 (no client_id) or AADSTS700016 (an app
    /// the directory does not have), as the token and device authorization endpoints do.
    /// </summary>
    public static async Task<AppRegistration?> RegisteredAppAsync(HttpContext context, Hosting.EmulatorState state, IFormCollection form, string tenant)
    {
        var clientId = form["client_id"].ToString();
        if (clientId.Length == 0)
        {
            await MissingParameterAsync(context, state.Now, "client_id");
            return null;
        }

        var app = state.FindApp(clientId);
        if (app is null)
        {
            await WriteAsync(context, state.Now, "unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory '{tenant}'.");
        }

        return app;
    }

    /// <summary>AADSTS900144: a required body parameter is missing.</summary>
    public static Task MissingParameterAsync(HttpContext context, DateTimeOffset now, string name) =>
        WriteAsync(context, now, "invalid_request", 900144, $"The request body must contain the following parameter: '{name}'.");
}
