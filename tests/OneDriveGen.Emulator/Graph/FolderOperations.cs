using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>GET children (paged) and POST children (create a folder).</summary>
internal static class FolderOperations
{
    public static async Task ListChildrenAsync(GraphCall call)
    {
        var node = await call.ReadableAsync();
        if (node is null)
        {
            return;
        }

        if (Pager.Validate(call.Query) is { } refused)
        {
            await call.FailAsync(refused);
            return;
        }

        var (page, nextLink) = Pager.Slice(call.Drive.Children(node.Id), call.Drive, call.Query, call.State, call.RawPath);
        await GraphResponses.WriteJsonAsync(call.Context, 200, writer => Pager.WriteCollection(writer, call.Drive, call.State, page, nextLink, null, call.Query.Select, expandThumbnails: call.Query.ExpandsThumbnails));
    }

    public static async Task CreateChildAsync(GraphCall call)
    {
        var parent = await call.WritableAsync();
        if (parent is null)
        {
            return;
        }

        using var body = await GraphCall.ReadJsonAsync(call.Context);
        var root = body?.RootElement;
        if (root is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty("name", out var nameValue) || nameValue.GetString() is not { } name)
        {
            await call.FailAsync(DriveError.Invalid("The request body must name the item: {\"name\": …, \"folder\": {}}."));
            return;
        }

        if (!json.TryGetProperty("folder", out _))
        {
            await call.FailAsync(DriveError.Invalid("Only folders can be created this way; upload files with PUT …/content.", "invalidRequest"));
            return;
        }

        var behaviorText = json.TryGetProperty("@microsoft.graph.conflictBehavior", out var behaviorValue) ? behaviorValue.GetString() : call.Query.ConflictBehavior;
        var behavior = ConflictBehaviors.Parse(behaviorText, ConflictBehavior.Fail);
        if (behavior is null)
        {
            await call.FailAsync(DriveError.Invalid($"Invalid conflict behavior '{behaviorText}'."));
            return;
        }

        var (created, createError) = call.Drive.CreateFolder(parent.Id, name, behavior.Value);
        if (created is null)
        {
            await call.FailAsync(createError!);
            return;
        }

        await call.WriteItemAsync(201, created);
    }
}
