using System;
using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Content;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>
/// PUT on an item path with <c>@microsoft.graph.sourceUrl</c> naming an upload session: the explicit commit of
/// "driveItem: createUploadSession" (Handle commit errors), which retries a failed commit under a name or conflict
/// behaviour the client corrects, and completes a deferCommit session.
/// </summary>
internal static class UploadCommitOperations
{
    public static async Task CommitAsync(GraphCall call)
    {
        using var body = await GraphCall.ReadJsonAsync(call.Context);
        if (body is null || body.RootElement.ValueKind != JsonValueKind.Object
            || !body.RootElement.TryGetProperty("@microsoft.graph.sourceUrl", out var source) || source.ValueKind != JsonValueKind.String)
        {
            await call.FailAsync(DriveError.Invalid("A PUT on an item takes a driveItem with @microsoft.graph.sourceUrl naming the upload session to commit."));
            return;
        }

        var prefix = call.State.ContentBase + "/upload/";
        var url = source.GetString()!;
        if (!url.StartsWith(prefix, StringComparison.Ordinal)
            || !call.State.UploadSessions.TryGetValue(url[prefix.Length..], out var session) || call.State.Now > session.ExpiresAt)
        {
            await call.FailAsync(new DriveError(404, "itemNotFound", "The upload session was not found", "uploadSessionNotFound"));
            return;
        }

        var conflictText = body.RootElement.TryGetProperty("@microsoft.graph.conflictBehavior", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (ConflictBehaviors.Parse(conflictText, ConflictBehavior.Fail) is not { } conflict)
        {
            await call.FailAsync(DriveError.Invalid($"Invalid conflict behavior '{conflictText}'."));
            return;
        }

        var target = await call.UploadTargetAsync();
        if (target is null)
        {
            return;
        }

        await session.Gate.WaitAsync(call.Context.RequestAborted);
        try
        {
            if (!session.IsComplete)
            {
                await call.FailAsync(new DriveError(400, "invalidRequest", "The upload session is missing bytes; upload every range before committing.", "uploadSessionIncomplete"));
                return;
            }

            var parentId = target.Parent?.Id ?? target.Existing!.ParentId!;
            var name = target.Name ?? target.Existing!.Name;
            var (node, created, error) = await UploadCommit.CommitAsync(call.State, session, parentId, name, conflict, call.Context.RequestAborted);
            if (node is null)
            {
                await call.FailAsync(error!);
                return;
            }

            await GraphResponses.WriteJsonAsync(call.Context, created ? 201 : 200, writer => ItemJson.Write(writer, node, session.Drive, call.State));
        }
        finally
        {
            session.Gate.Release();
        }
    }
}
