using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Graph;

/// <summary>Everything under /v1.0: authenticates, parses the raw target, and dispatches to the drive operations.</summary>
internal static class GraphEndpoint
{
    public static async Task HandleAsync(HttpContext context, EmulatorState state)
    {
        GraphResponses.AddStandardHeaders(context);
        var grant = await GraphAuth.AuthenticateAsync(context, state);
        if (grant is null)
        {
            return;
        }

        if (!GraphPermissions.CanRead(grant))
        {
            await GraphResponses.WriteErrorAsync(context, DriveError.AccessDenied, state.Now);
            return;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        var rawPath = rawTarget.Split('?')[0]["/v1.0".Length..];
        var (target, error) = GraphTargetParser.Parse(rawPath);
        if (target is null)
        {
            await GraphResponses.WriteErrorAsync(context, error!, state.Now);
            return;
        }

        var call = new GraphCall(context, state, grant, target, new GraphQuery(context.Request.Query), rawPath);
        var method = context.Request.Method;
        switch (target.Action)
        {
            case "" when target.Base == ItemBase.Drive && HttpMethods.IsGet(method):
                await ItemOperations.GetDriveAsync(call);
                break;
            case "" when HttpMethods.IsGet(method):
                await ItemOperations.GetAsync(call);
                break;
            case "" when HttpMethods.IsPatch(method):
                await ItemOperations.PatchAsync(call);
                break;
            case "" when HttpMethods.IsPut(method):
                await UploadCommitOperations.CommitAsync(call);
                break;
            case "" when HttpMethods.IsDelete(method):
                await ItemOperations.DeleteAsync(call);
                break;
            case "children" when HttpMethods.IsGet(method):
                await FolderOperations.ListChildrenAsync(call);
                break;
            case "children" when HttpMethods.IsPost(method):
                await FolderOperations.CreateChildAsync(call);
                break;
            case "content" when HttpMethods.IsGet(method):
                await ContentOperations.RedirectToDownloadAsync(call);
                break;
            case "content" when HttpMethods.IsPut(method):
                await ContentOperations.UploadAsync(call);
                break;
            case "thumbnails" when HttpMethods.IsGet(method):
                await ThumbnailOperations.GetAsync(call);
                break;
            case "createUploadSession" when HttpMethods.IsPost(method):
                await UploadSessionOperations.CreateAsync(call);
                break;
            case "copy" when HttpMethods.IsPost(method):
                await CopyOperations.StartAsync(call);
                break;
            case "search" when HttpMethods.IsGet(method):
                await ChangeOperations.SearchAsync(call);
                break;
            case "delta" when HttpMethods.IsGet(method):
                await ChangeOperations.DeltaAsync(call);
                break;
            default:
                await call.FailAsync(new DriveError(405, "BadRequest", $"The method {method} is not allowed for the resource."));
                break;
        }
    }
}
