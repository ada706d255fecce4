using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Content;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>POST …/createUploadSession: opens a session whose uploadUrl lives on the content host.</summary>
internal static class UploadSessionOperations
{
    public static async Task CreateAsync(GraphCall call)
    {
        if (call.Target.Path is null && call.Resolve().Node is { IsFolder: true })
        {
            await call.FailAsync(DriveError.Invalid("An upload session on an item replaces a file; address a new file as :/name:."));
            return;
        }

        var target = await call.UploadTargetAsync();
        if (target is null || !await call.PreconditionsHoldAsync(target))
        {
            return;
        }

        var (existing, parent, name) = target;
        var conflictText = (string?)null;
        long? fileSize = null;
        var deferCommit = false;
        if (call.Context.Request.ContentLength is > 0 || call.Context.Request.Headers.TransferEncoding.Count > 0)
        {
            using var body = await GraphCall.ReadJsonAsync(call.Context);
            if (body is null)
            {
                await call.FailAsync(DriveError.Invalid("Unable to read JSON request payload."));
                return;
            }

            deferCommit = body.RootElement.TryGetProperty("deferCommit", out var defer) && defer.ValueKind == JsonValueKind.True;
            if (deferCommit && call.Drive.DriveType != "business")
            {
                // "Completing a file": the explicit commit deferCommit needs exists on OneDrive for Business and SharePoint only.
                await call.FailAsync(DriveError.Invalid("deferCommit is supported on OneDrive for Business and SharePoint only."));
                return;
            }

            if (body.RootElement.TryGetProperty("item", out var item))
            {
                conflictText = item.TryGetProperty("@microsoft.graph.conflictBehavior", out var c) ? c.GetString() : null;
                fileSize = item.TryGetProperty("fileSize", out var size) && size.ValueKind == JsonValueKind.Number ? size.GetInt64() : null;
                if (item.TryGetProperty("name", out var bodyName) && name is not null && !string.Equals(bodyName.GetString(), name, StringComparison.Ordinal))
                {
                    await call.FailAsync(DriveError.Invalid("The name in the body must match the name in the path."));
                    return;
                }
            }
        }

        var conflict = ConflictBehaviors.Parse(conflictText, ConflictBehavior.Fail);
        if (conflict is null)
        {
            await call.FailAsync(DriveError.Invalid($"Invalid conflict behavior '{conflictText}'."));
            return;
        }

        if (existing is null && conflict == ConflictBehavior.Fail && call.Drive.Resolve(parent!.Id, new[] { name! }) is not null)
        {
            await call.FailAsync(DriveError.NameExists);
            return;
        }

        if (fileSize > call.Drive.QuotaTotal - call.Drive.UsedBytes())
        {
            await call.FailAsync(new DriveError(507, "quotaLimitReached", "Insufficient Space Available"));
            return;
        }

        var state = call.State;
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var session = new UploadSession(id, call.Drive.Blobs.NewPath(), state.Now)
        {
            Drive = call.Drive,
            ExistingItemId = existing?.Id,
            ParentId = parent?.Id,
            Name = name,
            Conflict = conflict.Value,
            DeclaredSize = fileSize,
            DeferCommit = deferCommit,
            ExpiresAt = state.Now + state.Options.UploadSessionIdleLifetime,
        };
        state.UploadSessions[id] = session;
        await GraphResponses.WriteJsonAsync(call.Context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", state.MainBase + "/v1.0/$metadata#microsoft.graph.uploadSession");
            writer.WriteString("uploadUrl", state.ContentBase + "/upload/" + id);
            writer.WriteString("expirationDateTime", session.ExpiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            writer.WriteStartArray("nextExpectedRanges");
            writer.WriteStringValue("0-");
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
