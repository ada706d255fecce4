using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Web.Connections;
using OneDriveGen.Web.Imports;
using OneDriveGen.Web.OneDrive;
using OneDriveGen.Web.OneDrive.Models;
using OneDriveGen.Web.Pages;

namespace OneDriveGen.Web.Endpoints;

/// <summary>
/// The connected user's OneDrive: folders with every page of children and breadcrumbs, pictures as thumbnails,
/// import into the app (streamed, hash-checked), and upload from a browser form (an upload session above 4 MiB).
/// </summary>
internal static class DriveEndpoints
{
    /// <summary>The HttpClient for pre-authenticated download URLs: no Authorization, no redirects.</summary>
    public const string ContentClientName = "OneDriveGen.Web.Content";

    public static void Map(WebApplication app)
    {
        app.MapGet("/browse", (HttpContext context, ConnectionRegistry connections, string? id, string? path) =>
            DriveFailures.GuardAsync(context, () => BrowseAsync(context, connections.For(User(context)), id, path))).RequireAuthorization();
        app.MapPost("/import", (HttpContext context, ConnectionRegistry connections, ImportStore imports, ImportJobs jobs, IHttpClientFactory http, [FromForm] string id) =>
            DriveFailures.GuardAsync(context, () => ImportAsync(context, connections.For(User(context)), imports, jobs, http, id))).RequireAuthorization();
        app.MapGet("/imports/{job}", (HttpContext context, ImportJobs jobs, string job) => ImportProgressAsync(context, jobs, job)).RequireAuthorization();
        app.MapGet("/imports", (HttpContext context, ImportStore imports) => ImportsPage(context, imports)).RequireAuthorization();
        app.MapPost("/upload", (HttpContext context, ConnectionRegistry connections, IHttpClientFactory http, [FromForm] string folder, IFormFile file) =>
            DriveFailures.GuardAsync(context, () => UploadAsync(context, connections.For(User(context)), http, folder, file))).RequireAuthorization().WithMetadata(new DisableRequestSizeLimitAttribute());
    }

    private static string User(HttpContext context) => context.User.Identity!.Name!;

    private static async Task<IResult> BrowseAsync(HttpContext context, Connection connection, string? id, string? path)
    {
        var drive = connection.Client.Me.Drive;
        var ct = context.RequestAborted;
        var trimmed = (path ?? string.Empty).Trim('/');
        var folder = id is { Length: > 0 } ? await drive.Items[id].GetAsync(cancellationToken: ct)
            : trimmed.Length > 0 ? await drive.Root.ItemWithPath(trimmed).GetAsync(cancellationToken: ct)
            : await drive.Root.GetAsync(cancellationToken: ct);
        if (folder?.Id is null || folder.Folder is null)
        {
            return Html.Problem("Not a folder", "That item is not a folder, so there is nothing to list.", "<a href=\"/browse\">Back to your OneDrive</a>", User(context), 404);
        }

        var children = new List<DriveItem>();
        var first = drive.Items[folder.Id].Children.ToGetRequestInformation(c => c.QueryParameters.Expand = new[] { "thumbnails" });
        await foreach (var child in Pager.EnumerateAsync(connection.Adapter, first, DriveItem.ReadJson, ct))
        {
            children.Add(child);
        }

        var body = new StringBuilder();
        body.Append(Breadcrumbs(folder));
        var pictures = children.Where(c => c.Thumbnails is { Count: > 0 } && c.Thumbnails[0].Medium?.Url is not null).ToList();
        if (pictures.Count > 0)
        {
            body.Append("<h2>Pictures</h2><div class=\"grid\" id=\"thumbnails\">");
            foreach (var picture in pictures)
            {
                var thumb = picture.Thumbnails![0].Medium!;
                body.Append(CultureInfo.InvariantCulture, $"<figure><img src=\"{Html.Text(thumb.Url)}\" alt=\"{Html.Text(picture.Name)}\" width=\"{thumb.Width}\" height=\"{thumb.Height}\"><figcaption>{Html.Text(picture.Name)}</figcaption></figure>");
            }

            body.Append("</div>");
        }

        body.Append("<h2>Contents</h2><table id=\"items\"><tr><th>Name</th><th>Size</th><th>Modified</th><th>Kind</th><th></th></tr>");
        foreach (var child in children.OrderBy(c => c.Folder is null).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase))
        {
            var name = child.Folder is not null
                ? $"<a class=\"folder\" href=\"/browse?id={Html.Query(child.Id!)}\">{Html.Text(child.Name)}</a>"
                : Html.Text(child.Name);
            var action = child.File is not null
                ? $"<form class=\"inline\" method=\"post\" action=\"/import\">{Html.Antiforgery(context)}<input type=\"hidden\" name=\"id\" value=\"{Html.Text(child.Id)}\"><button type=\"submit\" class=\"import\" data-name=\"{Html.Text(child.Name)}\">Import</button></form>"
                : string.Empty;
            var kind = child.Folder is not null ? "Folder" : child.Image is not null ? "Picture" : child.File?.MimeType ?? "File";
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{name}</td><td>{Size(child.Size)}</td><td>{child.LastModifiedDateTime?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td><td>{Html.Text(kind)}</td><td>{action}</td></tr>");
        }

        body.Append("</table><h2>Upload to this folder</h2>");
        body.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">{Html.Antiforgery(context)}<input type=\"hidden\" name=\"folder\" value=\"{Html.Text(folder.Id)}\"><input type=\"file\" name=\"file\" id=\"file\" required> <button type=\"submit\" id=\"upload\">Upload</button></form>");
        return Html.Page(folder.Name ?? "OneDrive", body.ToString(), User(context));
    }

    private static async Task<IResult> ImportAsync(HttpContext context, Connection connection, ImportStore imports, ImportJobs jobs, IHttpClientFactory http, string id)
    {
        var user = User(context);
        var downloader = new DriveDownloader(connection.Adapter, http.CreateClient(ContentClientName));
        var job = await jobs.StartAsync(user, (progress, ct) => imports.ImportAsync(user, (destination, token) =>
            downloader.DownloadAsync(connection.Client.Me.Drive.Items[id].ToGetRequestInformation(), DriveItem.ReadJson, destination, progress, cancellationToken: token), ct));
        return Results.Redirect($"/imports/{job}");
    }

    /// <summary>The import's progress; the page refreshes itself every second until the file is in.</summary>
    private static async Task<IResult> ImportProgressAsync(HttpContext context, ImportJobs jobs, string id)
    {
        var job = await jobs.FindAsync(User(context), id, context.RequestAborted);
        if (job is null)
        {
            return Html.Problem("Import", "There is no such import of yours.", "<a href=\"/imports\">Imported files</a>", User(context), 404);
        }

        if (job.Failure is not null)
        {
            return Html.Problem("Import failed", job.Failure, "<a href=\"/browse\">Back to your OneDrive</a>", User(context), 502);
        }

        if (job.File is { } imported)
        {
            return Html.Page("Imported", $"<p id=\"imported\">Imported <strong>{Html.Text(imported.Name)}</strong>: {Size(imported.Size)}, SHA-256 <code id=\"sha256\">{imported.Sha256}</code>, checked against OneDrive's hash while it arrived.</p><p><a href=\"/imports\">All imported files</a></p>", User(context));
        }

        var percent = job.Total is > 0 ? (int)(100 * job.Done / job.Total.Value) : 0;
        return Html.Page("Importing…", $"<p id=\"progress\">{Size(job.Done)} of {Size(job.Total)} ({percent} %)</p><progress max=\"100\" value=\"{percent}\"></progress>", User(context), head: "<meta http-equiv=\"refresh\" content=\"1\">");
    }

    private static IResult ImportsPage(HttpContext context, ImportStore imports)
    {
        var rows = new StringBuilder("<table id=\"imports\"><tr><th>Name</th><th>Size</th><th>SHA-256</th></tr>");
        foreach (var file in imports.List(User(context)))
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Text(file.Name)}</td><td>{Size(file.Size)}</td><td><code>{file.Sha256}</code></td></tr>");
        }

        return Html.Page("Imported files", rows.Append("</table>").ToString(), User(context));
    }

    private static async Task<IResult> UploadAsync(HttpContext context, Connection connection, IHttpClientFactory http, string folder, IFormFile file)
    {
        var name = Path.GetFileName(file.FileName);
        if (name.Length == 0)
        {
            return Html.Problem("Upload", "The form sent no file name.", "<a href=\"/browse\">Back</a>", User(context), 400);
        }

        // The form's file is streamed from ASP.NET Core's buffer (a temporary file above 64 KiB), never read whole.
        await using var content = file.OpenReadStream();
        var target = connection.Client.Me.Drive.Items[folder].ItemWithPath(name).ToGetRequestInformation();
        await new DriveUploader(connection.Adapter, http.CreateClient(ContentClientName)).UploadAsync(content, target, DriveItem.ReadJson, ConflictBehavior.Rename, cancellationToken: context.RequestAborted);
        return Results.Redirect($"/browse?id={Html.Query(folder)}");
    }

    private static string Breadcrumbs(DriveItem folder)
    {
        // parentReference.path is "/drive/root:/A/B"; each crumb links by path, which the generated builder encodes.
        var parent = folder.ParentReference?.Path;
        var trail = parent is null ? new List<string>() : parent[(parent.IndexOf(':') + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        var crumbs = new StringBuilder("<nav class=\"crumbs\" id=\"crumbs\"><a href=\"/browse\">OneDrive</a>");
        for (var i = 0; i < trail.Count; i++)
        {
            crumbs.Append(CultureInfo.InvariantCulture, $"/ <a href=\"/browse?path={Html.Query(string.Join('/', trail.Take(i + 1)))}\">{Html.Text(trail[i])}</a>");
        }

        if (parent is not null)
        {
            crumbs.Append(CultureInfo.InvariantCulture, $"/ <span>{Html.Text(folder.Name)}</span>");
        }

        return crumbs.Append("</nav>").ToString();
    }

    private static string Size(long? bytes) => bytes switch
    {
        null => string.Empty,
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB"),
    };
}
