using OneDriveGen.Emulator.Hosting;
using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>Graph's response conventions: request-id headers, JSON content type, and the error body shape.</summary>
internal static class GraphResponses
{
    public const string JsonContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    /// <summary>Adds request-id, client-request-id (echoed) and x-ms-ags-diagnostic, as every Graph response has.</summary>
    public static string AddStandardHeaders(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var clientRequestId = context.Request.Headers["client-request-id"].ToString();
        context.Response.Headers["request-id"] = requestId;
        context.Response.Headers["client-request-id"] = clientRequestId.Length > 0 ? clientRequestId : requestId;
        context.Response.Headers["x-ms-ags-diagnostic"] = "{\"ServerInfo\":{\"DataCenter\":\"Emulator\",\"Slice\":\"E\",\"Ring\":\"5\",\"ScaleUnit\":\"000\",\"RoleInstance\":\"EMULATOR\"}}";
        context.Response.Headers.CacheControl = "no-store";
        return requestId;
    }

    public static Task WriteJsonAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions.Writer))
        {
            write(writer);
        }

        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }

    /// <summary>{"error":{"code","message","innerError":{"code"?,"date","request-id","client-request-id"}}}, date without offset.</summary>
    public static Task WriteErrorAsync(HttpContext context, DriveError error, DateTimeOffset now)
    {
        var requestId = context.Response.Headers["request-id"].ToString();
        if (requestId.Length == 0)
        {
            requestId = AddStandardHeaders(context);
        }

        var clientRequestId = context.Response.Headers["client-request-id"].ToString();
        return WriteJsonAsync(context, error.Status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteStartObject("innerError");
            if (error.InnerCode is not null)
            {
                writer.WriteString("code", error.InnerCode);
            }

            writer.WriteString("date", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            writer.WriteString("request-id", requestId);
            writer.WriteString("client-request-id", clientRequestId);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }
}
