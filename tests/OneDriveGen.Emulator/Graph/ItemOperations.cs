using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;

namespace OneDriveGen.Emulator.Graph;

/// <summary>GET the drive or an item, PATCH (rename, move), DELETE.</summary>
internal static class ItemOperations
{
    public static Task GetDriveAsync(GraphCall call)
    {
        var drive = call.Drive;
        var used = drive.UsedBytes();
        return GraphResponses.WriteJsonAsync(call.Context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", call.State.MainBase + "/v1.0/$metadata#drives/$entity");
            writer.WriteString("id", drive.DriveId);
            writer.WriteString("driveType", drive.DriveType);
            writer.WriteString("name", "OneDrive");
            writer.WriteStartObject("owner");
            writer.WriteStartObject("user");
            // The owner is the account the token acts for: each account has its own drive.
            var owner = call.State.AccountOf(call.Grant.Account);
            writer.WriteString("displayName", owner.DisplayName);
            writer.WriteString("id", owner == Identity.EmulatorAccount.Default ? "d4648f06c91d9d3d" : owner.ObjectId.Replace("-", string.Empty, System.StringComparison.Ordinal)[..16]);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("quota");
            writer.WriteNumber("deleted", 0);
            writer.WriteNumber("remaining", drive.QuotaTotal - used);
            writer.WriteString("state", QuotaState(used, drive.QuotaTotal));
            writer.WriteNumber("total", drive.QuotaTotal);
            writer.WriteNumber("used", used);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    public static async Task GetAsync(GraphCall call)
    {
        var node = await call.ReadableAsync();
        if (node is null)
        {
            return;
        }

        var ifNoneMatch = call.Context.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && (ifNoneMatch == node.ETag || ifNoneMatch == node.CTag))
        {
            call.Context.Response.StatusCode = 304;
            return;
        }

        await call.WriteItemAsync(200, node);
    }

    public static async Task PatchAsync(GraphCall call)
    {
        var node = await call.WritableAsync();
        if (node is null)
        {
            return;
        }

        using var body = await GraphCall.ReadJsonAsync(call.Context);
        if (body is null || body.RootElement.ValueKind != JsonValueKind.Object)
        {
            await call.FailAsync(DriveError.Invalid("Unable to read JSON request payload."));
            return;
        }

        string? name = body.RootElement.TryGetProperty("name", out var nameValue) ? nameValue.GetString() : null;
        string? parentId = null;
        if (body.RootElement.TryGetProperty("parentReference", out var parent) && parent.TryGetProperty("id", out var parentIdValue))
        {
            parentId = parentIdValue.GetString();
            if (parentId == "root")
            {
                await call.FailAsync(DriveError.Invalid("Use the root folder's id, not the alias 'root', as parentReference.id."));
                return;
            }
        }

        var ifMatch = call.Context.Request.Headers.IfMatch.ToString();
        if (Preconditions.Check(null, call.Context.Request.Headers.IfNoneMatch.ToString(), node) is { } unchanged)
        {
            await call.FailAsync(unchanged);
            return;
        }

        var (updated, updateError) = call.Drive.Update(node.Id, name, parentId, ifMatch.Length == 0 ? null : ifMatch);
        if (updated is null)
        {
            await call.FailAsync(updateError!);
            return;
        }

        await call.WriteItemAsync(200, updated);
    }

    public static async Task DeleteAsync(GraphCall call)
    {
        var node = await call.WritableAsync();
        if (node is null)
        {
            return;
        }

        var ifMatch = call.Context.Request.Headers.IfMatch.ToString();
        if (Preconditions.Check(null, call.Context.Request.Headers.IfNoneMatch.ToString(), node) is { } unchanged)
        {
            await call.FailAsync(unchanged);
            return;
        }

        var deleteError = call.Drive.Delete(node.Id, ifMatch.Length == 0 ? null : ifMatch);
        if (deleteError is not null)
        {
            await call.FailAsync(deleteError);
            return;
        }

        call.Context.Response.StatusCode = 204;
    }

    private static string QuotaState(long used, long total) =>
        (total - used) switch
        {
            <= 0 => "exceeded",
            var left when left < total / 100 => "critical",
            var left when left < total / 10 => "nearing",
            _ => "normal",
        };
}
