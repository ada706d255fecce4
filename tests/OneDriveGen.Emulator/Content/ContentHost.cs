using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Emulator.Graph;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Content;

/// <summary>
/// The second origin: pre-authenticated downloads (Range, 206), thumbnail images, upload session URLs and copy
/// monitors. None of them takes an Authorization header: downloads and uploads refuse one, as the real hosts do.
/// </summary>
internal static class ContentHost
{
    public static Task HandleAsync(HttpContext context, EmulatorState state)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var parts = path.Trim('/').Split('/');
        if (parts.Length != 2)
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }

        return parts[0] switch
        {
            "download" => DownloadAsync(context, state, parts[1]),
            "thumbnails" => ThumbnailAsync(context, state, parts[1]),
            "upload" => UploadFragments.HandleAsync(context, state, parts[1]),
            "monitor" => MonitorAsync(context, state, parts[1]),
            _ => NotFoundAsync(context),
        };
    }

    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private static async Task DownloadAsync(HttpContext context, EmulatorState state, string token)
    {
        if (context.Request.Headers.Authorization.Count > 0)
        {
            // The real download hosts answer 401 when a Graph bearer token reaches them.
            await GraphResponses.WriteErrorAsync(context, new DriveError(401, "unauthenticated", "Unauthenticated: the download URL is pre-authenticated and takes no Authorization header."), state.Now);
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = 405;
            return;
        }

        if (!state.Downloads.TryResolve(token, state.Now, out var itemId) || state.FindItem(itemId)?.Node is not { BlobPath: { } blobPath } item)
        {
            await GraphResponses.WriteErrorAsync(context, new DriveError(404, "itemNotFound", "The download URL has expired or the item no longer exists."), state.Now);
            return;
        }

        var length = item.Size;
        context.Response.Headers.ETag = item.ETag;
        context.Response.Headers.AcceptRanges = "bytes";
        context.Response.ContentType = item.MimeType ?? "application/octet-stream";
        context.Response.Headers.ContentDisposition = "attachment; filename*=UTF-8''" + Uri.EscapeDataString(item.Name);
        long start = 0;
        var end = length - 1;
        var rangeHeader = context.Request.Headers.Range.ToString();
        if (rangeHeader.Length > 0)
        {
            var range = RangeHeader.Parse(rangeHeader, length, out var unsatisfiable);
            if (unsatisfiable)
            {
                context.Response.StatusCode = 416;
                context.Response.Headers.ContentRange = "bytes */" + length.ToString(CultureInfo.InvariantCulture);
                return;
            }

            if (range is { } r && (context.Request.Headers.IfRange.Count == 0 || context.Request.Headers.IfRange.ToString() == item.ETag))
            {
                (start, end) = r;
                context.Response.StatusCode = 206;
                context.Response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes {start}-{end}/{length}");
            }
        }

        context.Response.ContentLength = length == 0 ? 0 : end - start + 1;
        if (HttpMethods.IsHead(context.Request.Method) || length == 0)
        {
            return;
        }

        await using var source = BlobStore.OpenRead(blobPath);
        source.Position = start;
        await FaultInjector.CopyBodyAsync(context, source, end - start + 1);
    }

    private static async Task ThumbnailAsync(HttpContext context, EmulatorState state, string token)
    {
        if (!state.Thumbnails.TryResolve(token, state.Now, out var link))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var png = Images.SolidPng(link.Width, link.Height, 0x708090);
        context.Response.ContentType = "image/png";
        context.Response.ContentLength = png.Length;
        context.Response.Headers.CacheControl = "public, max-age=3600";
        await context.Response.Body.WriteAsync(png, context.RequestAborted);
    }

    private static async Task MonitorAsync(HttpContext context, EmulatorState state, string operationId)
    {
        if (!state.Copies.TryGetValue(operationId, out var operation))
        {
            context.Response.StatusCode = 404;
            return;
        }

        operation.Polls++;
        var done = operation.Polls > state.Options.CopyPollsUntilDone;
        if (done && operation.ResourceId is not null && state.Options.CopyCompletesWith303)
        {
            context.Response.StatusCode = 303;
            context.Response.Headers.Location = state.MainBase + "/v1.0/me/drive/items/" + Uri.EscapeDataString(operation.ResourceId);
            return;
        }

        var percentage = done ? 100.0 : Math.Round(100.0 * operation.Polls / (state.Options.CopyPollsUntilDone + 1), 1);
        await GraphResponses.WriteJsonAsync(context, 202, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("operation", "ItemCopy");
            writer.WriteNumber("percentageComplete", percentage);
            if (done && operation.ResourceId is not null)
            {
                writer.WriteString("resourceId", operation.ResourceId);
            }

            if (done && operation.ErrorCode is not null)
            {
                writer.WriteString("errorCode", operation.ErrorCode);
            }

            writer.WriteString("status", !done ? "inProgress" : operation.ResourceId is not null ? "completed" : "failed");
            writer.WriteEndObject();
        });
    }
}
