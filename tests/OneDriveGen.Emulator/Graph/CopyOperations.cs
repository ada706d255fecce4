using System;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Content;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>
/// POST …/copy ("driveItem: copy"): checked when requested (a taken name is 409 nameAlreadyExists unless
/// @microsoft.graph.conflictBehavior says rename or replace, which the docs support on business drives only; a
/// folder into itself is refused; parentReference.id or .path names the target), then 202 Accepted with a Location
/// monitor URL on the content host, polled without Authorization: inProgress with percentageComplete, then completed
/// with resourceId.
/// </summary>
internal static class CopyOperations
{
    public static async Task StartAsync(GraphCall call)
    {
        var source = await call.WritableAsync();
        if (source is null)
        {
            return;
        }

        using var body = await GraphCall.ReadJsonAsync(call.Context);
        var root = body?.RootElement is { ValueKind: JsonValueKind.Object } element ? element : (JsonElement?)null;
        var (target, targetError) = Target(call, root);
        if (target is null)
        {
            await call.FailAsync(targetError!);
            return;
        }

        var conflictText = call.Query.ConflictBehavior;
        if (conflictText is not null && call.Drive.DriveType != "business")
        {
            await call.FailAsync(DriveError.Invalid("@microsoft.graph.conflictBehavior is not supported for copy on OneDrive personal."));
            return;
        }

        if (ConflictBehaviors.Parse(conflictText, ConflictBehavior.Fail) is not { } conflict)
        {
            await call.FailAsync(DriveError.Invalid($"Invalid conflict behavior '{conflictText}'."));
            return;
        }

        if (source.IsFolder && call.Drive.IsWithin(target, source.Id))
        {
            await call.FailAsync(DriveError.Invalid("A folder cannot be copied into itself or one of its subfolders."));
            return;
        }

        var name = root is { } r && r.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : source.Name;
        if (conflict == ConflictBehavior.Fail && call.Drive.Resolve(target.Id, new[] { name }) is not null)
        {
            await call.FailAsync(DriveError.NameExists);
            return;
        }

        var (copy, copyError) = call.Drive.Copy(source.Id, target.Id, name, conflict);
        var operationId = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        call.State.Copies[operationId] = new CopyOperation(copy?.Id, copyError?.Code);
        call.Context.Response.StatusCode = 202;
        call.Context.Response.Headers.Location = call.State.ContentBase + "/monitor/" + operationId;
        call.Context.Response.ContentLength = 0;
    }

    private static (DriveItemNode? Folder, DriveError? Error) Target(GraphCall call, JsonElement? body)
    {
        if (body is not { } root || !root.TryGetProperty("parentReference", out var parent) || parent.ValueKind != JsonValueKind.Object)
        {
            return (call.Drive.Get(call.Drive.RootId), null);
        }

        DriveItemNode? folder;
        if (parent.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            folder = id.GetString() == "root" ? call.Drive.Get(call.Drive.RootId) : call.Drive.Get(id.GetString()!);
        }
        else if (parent.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String)
        {
            // itemReference.path: "/drive/root:" or "/drive/root:/Documents/Reports", percent-encoded.
            var text = Uri.UnescapeDataString(path.GetString()!);
            var marker = text.IndexOf("root:", StringComparison.Ordinal);
            if (marker < 0)
            {
                return (null, DriveError.Invalid($"parentReference.path '{path.GetString()}' is not a path such as /drive/root:/Folder."));
            }

            var segments = text[(marker + 5)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
            folder = segments.Length == 0 ? call.Drive.Get(call.Drive.RootId) : call.Drive.Resolve(call.Drive.RootId, segments);
        }
        else
        {
            folder = call.Drive.Get(call.Drive.RootId);
        }

        return folder is { IsFolder: true } ? (folder, null) : (null, DriveError.NotFound);
    }
}
