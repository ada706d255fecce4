using System.IO;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>GET …/content (302 to the pre-authenticated URL) and PUT …/content (simple upload).</summary>
internal static class ContentOperations
{
    public static async Task RedirectToDownloadAsync(GraphCall call)
    {
        var node = await call.ReadableAsync();
        if (node is null)
        {
            return;
        }

        if (node.IsFolder)
        {
            await call.FailAsync(new DriveError(400, "invalidRequest", "Folders have no content to download."));
            return;
        }

        var ifNoneMatch = call.Context.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && (ifNoneMatch == node.ETag || ifNoneMatch == node.CTag))
        {
            call.Context.Response.StatusCode = 304;
            return;
        }

        call.Context.Response.StatusCode = 302;
        call.Context.Response.Headers.Location = call.State.DownloadUrl(node.Id);
        call.Context.Response.ContentLength = 0;
    }

    public static async Task UploadAsync(GraphCall call)
    {
        var limit = call.State.Options.SimpleUploadLimit;
        if (call.Context.Request.ContentLength > limit)
        {
            await call.FailAsync(TooLarge(limit));
            return;
        }

        var target = await call.UploadTargetAsync();
        if (target is null || !await call.PreconditionsHoldAsync(target))
        {
            return;
        }

        var (existing, parent, name) = target;
        var behavior = ConflictBehaviors.Parse(call.Query.ConflictBehavior, ConflictBehavior.Replace);
        if (behavior is null)
        {
            await call.FailAsync(DriveError.Invalid($"Invalid conflict behavior '{call.Query.ConflictBehavior}'."));
            return;
        }

        var blob = await call.Drive.Blobs.WriteAsync(call.Context.Request.Body, limit, call.Context.RequestAborted);
        if (blob is null)
        {
            await call.FailAsync(TooLarge(limit));
            return;
        }

        if (existing is not null)
        {
            var replaceError = call.Drive.ReplaceContent(existing.Id, blob);
            if (replaceError is not null)
            {
                File.Delete(blob.Path);
                await call.FailAsync(replaceError);
                return;
            }

            await call.WriteItemAsync(200, call.Drive.Get(existing.Id)!);
            return;
        }

        var (stored, created, putError) = call.Drive.PutContent(parent!.Id, name!, blob, behavior.Value);
        if (stored is null)
        {
            File.Delete(blob.Path);
            await call.FailAsync(putError!);
            return;
        }

        await call.WriteItemAsync(created ? 201 : 200, stored);
    }

    private static DriveError TooLarge(long limit) =>
        new(413, "invalidRequest", $"The request is larger than the simple upload limit of {limit} bytes; use an upload session.", "maxFileSizeExceeded");
}
