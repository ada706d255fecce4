using System;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Content;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>POST …/copy: 202 Accepted with a Location monitor URL on the content host, polled without Authorization.</summary>
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
        var json = body?.RootElement;
        string? parentId = null;
        if (json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("parentReference", out var parent) && parent.TryGetProperty("id", out var id))
        {
            parentId = id.GetString();
        }

        var name = json is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("name", out var n) ? n.GetString() : null;
        var target = parentId is null or "root" ? call.Drive.RootId : parentId;
        if (call.Drive.Get(target) is null)
        {
            await call.FailAsync(DriveError.NotFound);
            return;
        }

        var (copy, copyError) = call.Drive.Copy(source.Id, target, name);
        var operationId = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        call.State.Copies[operationId] = new CopyOperation(copy?.Id, copyError?.Code);
        call.Context.Response.StatusCode = 202;
        call.Context.Response.Headers.Location = call.State.ContentBase + "/monitor/" + operationId;
        call.Context.Response.ContentLength = 0;
    }
}
