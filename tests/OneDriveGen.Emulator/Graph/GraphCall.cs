using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator.Graph;

/// <summary>One authenticated Graph request being served: the context, the emulator, the token's grant and the parsed target.</summary>
internal sealed record GraphCall(HttpContext Context, EmulatorState State, AccessGrant Grant, GraphTarget Target, GraphQuery Query, string RawPath)
{
    private static readonly Dictionary<string, string> SpecialFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["documents"] = "Documents",
        ["photos"] = "Pictures",
        ["cameraroll"] = "Pictures/Camera Roll",
        ["music"] = "Music",
        ["desktop"] = "Desktop",
    };

    /// <summary>/me/drive of this call: the drive of the account the token acts for.</summary>
    public DriveStore Drive => State.DriveOf(Grant.Account);

    public Task FailAsync(DriveError error) => GraphResponses.WriteErrorAsync(Context, error, State.Now);

    public Task WriteItemAsync(int status, DriveItemNode node) =>
        GraphResponses.WriteJsonAsync(Context, status, writer =>
        {
            ItemJson.Write(writer, node, Drive, State, Query.Select, expandChildren: Query.ExpandsChildren, expandThumbnails: Query.ExpandsThumbnails);
        });

    /// <summary>The addressed item when the token may read it; otherwise null, with the error already answered.</summary>
    public async Task<DriveItemNode?> ReadableAsync()
    {
        var (node, error) = Resolve();
        if (node is null)
        {
            await FailAsync(error!);
            return null;
        }

        return await EnsureReachableAsync(node) ? node : null;
    }

    /// <summary>The addressed item when the token may change it; otherwise null, with the error already answered.</summary>
    public async Task<DriveItemNode?> WritableAsync()
    {
        var (node, error) = Resolve();
        if (node is null)
        {
            await FailAsync(error!);
            return null;
        }

        return await EnsureWriteAsync(node) ? node : null;
    }

    /// <summary>
    /// Where content goes: the existing file (…/items/{id}/…) or a parent folder and a new name (…:/path:/…), when
    /// the token may write there; otherwise null, with the error already answered.
    /// </summary>
    public async Task<UploadTarget?> UploadTargetAsync()
    {
        if (Target.Path is null)
        {
            var existing = await WritableAsync();
            return existing is null ? null : new UploadTarget(existing, null, null);
        }

        var (parent, name, error) = ResolveParentAndName();
        if (parent is null)
        {
            await FailAsync(error!);
            return null;
        }

        return await EnsureWriteAsync(parent) ? new UploadTarget(null, parent, name) : null;
    }

    /// <summary>Answers 412 when If-Match / If-None-Match do not hold for the item a write replaces (null: none yet).</summary>
    public async Task<bool> PreconditionsHoldAsync(UploadTarget target)
    {
        var current = target.Existing ?? (target.Parent is null ? null : Drive.Resolve(target.Parent.Id, new[] { target.Name! }));
        var failed = Preconditions.Check(Context.Request.Headers.IfMatch.ToString(), Context.Request.Headers.IfNoneMatch.ToString(), current);
        if (failed is null)
        {
            return true;
        }

        await FailAsync(failed);
        return false;
    }

    /// <summary>The item the URL addresses, or an error already fit to answer with.</summary>
    public (DriveItemNode? Node, DriveError? Error) Resolve()
    {
        var (baseNode, error) = ResolveBase();
        if (baseNode is null)
        {
            return (null, error);
        }

        if (Target.Path is null)
        {
            return (baseNode, null);
        }

        var node = Drive.Resolve(baseNode.Id, Target.Path);
        return node is null ? (null, DriveError.NotFound) : (node, null);
    }

    /// <summary>For a write by path: the existing parent folder and the new item's name.</summary>
    public (DriveItemNode? Parent, string? Name, DriveError? Error) ResolveParentAndName()
    {
        var (baseNode, error) = ResolveBase();
        if (baseNode is null)
        {
            return (null, null, error);
        }

        if (Target.Path is null || Target.Path.Count == 0)
        {
            return (null, null, DriveError.Invalid("A name is needed: address the new item as :/name:."));
        }

        var parent = Drive.Resolve(baseNode.Id, Target.Path.Take(Target.Path.Count - 1).ToList());
        if (parent is null && Target.Path.Count > 1)
        {
            // Uploading by path creates the missing folders, as the service does; existing ones are kept.
            var (folder, folderError) = Drive.EnsureFolders(baseNode.Id, Target.Path.Take(Target.Path.Count - 1).ToList());
            if (folder is null)
            {
                return (null, null, folderError);
            }

            parent = folder;
        }

        return parent is null ? (null, null, DriveError.NotFound) : (parent, Target.Path[^1], null);
    }

    /// <summary>Whether the token may write to <paramref name="node"/>; answers 403 when not.</summary>
    public async Task<bool> EnsureWriteAsync(DriveItemNode node)
    {
        if (!GraphPermissions.CanWrite(Grant))
        {
            await FailAsync(DriveError.AccessDenied);
            return false;
        }

        return await EnsureReachableAsync(node);
    }

    /// <summary>An app-folder-only token reaches nothing outside the app's folder.</summary>
    public async Task<bool> EnsureReachableAsync(DriveItemNode node)
    {
        if (!GraphPermissions.AppFolderOnly(Grant))
        {
            return true;
        }

        var appRoot = Drive.GetOrCreateAppRoot(State.AppFolderName(Grant.ClientId));
        if (Drive.IsWithin(node, appRoot.Id))
        {
            return true;
        }

        await FailAsync(DriveError.AccessDenied);
        return false;
    }

    private (DriveItemNode? Node, DriveError? Error) ResolveBase()
    {
        if (Target.Drive != "me" && !string.Equals(Target.Drive, Drive.DriveId, StringComparison.OrdinalIgnoreCase))
        {
            // Captured (wire reference §3.1): an ID of no drive shape is 400 invalidRequest; a well-formed one of a
            // drive that is not there is 404.
            return DriveIds.IsWellFormed(Target.Drive)
                ? (null, new DriveError(404, "itemNotFound", "Item not found"))
                : (null, new DriveError(400, "invalidRequest", "The provided drive id appears to be malformed, or does not represent a valid drive."));
        }

        switch (Target.Base)
        {
            case ItemBase.Root:
                return (Drive.Get(Drive.RootId), null);
            case ItemBase.Item:
                var item = Drive.Get(Target.BaseValue!);
                return item is null ? (null, DriveError.NotFound) : (item, null);
            // "Get a special folder by name": created on first write; read-only permission and a missing folder: 403.
            case ItemBase.Special when string.Equals(Target.BaseValue, "approot", StringComparison.OrdinalIgnoreCase):
                var appName = State.AppFolderName(Grant.ClientId);
                return !GraphPermissions.CanWrite(Grant) && Drive.Resolve(Drive.RootId, new[] { "Apps", appName }) is null
                    ? (null, DriveError.AccessDenied)
                    : (Drive.GetOrCreateAppRoot(appName), null);
            case ItemBase.Special when SpecialFolders.TryGetValue(Target.BaseValue!, out var path):
                if (!GraphPermissions.CanWrite(Grant) && Drive.Resolve(Drive.RootId, path.Split('/')) is null)
                {
                    return (null, DriveError.AccessDenied);
                }

                var folder = Drive.Get(Drive.AddFolder(path))!;
                folder.SpecialFolder ??= Target.BaseValue!.ToLowerInvariant();
                return (folder, null);
            case ItemBase.Special:
                return (null, new DriveError(400, "invalidRequest", $"Unknown special folder '{Target.BaseValue}'."));
            default:
                return (null, DriveError.NotFound);
        }
    }

    public static async Task<JsonDocument?> ReadJsonAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Where uploaded content goes: an existing file, or a parent folder and a new name.</summary>
internal sealed record UploadTarget(DriveItemNode? Existing, DriveItemNode? Parent, string? Name);
