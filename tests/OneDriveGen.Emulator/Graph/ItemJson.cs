using System;
using System.Collections.Generic;
using System.Text.Json;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Graph;

/// <summary>Writes a driveItem the way Graph does, honouring $select and leaving parentReference.path out of delta.</summary>
internal static class ItemJson
{
    private const string UserName = "Emulator User";
    private const string UserId = "d4648f06c91d9d3d";

    public static void Write(Utf8JsonWriter writer, DriveItemNode node, DriveStore drive, EmulatorState state, ISet<string>? select = null, bool forDelta = false, bool expandChildren = false, bool expandThumbnails = false)
    {
        bool Want(string property) => select is null || select.Contains(property);

        writer.WriteStartObject();
        if (Want("id"))
        {
            writer.WriteString("id", node.Id);
        }

        if (Want("name"))
        {
            writer.WriteString("name", node.ParentId is null ? "root" : node.Name);
        }

        if (node.Deleted)
        {
            writer.WriteStartObject("deleted");
            writer.WriteString("state", "deleted");
            writer.WriteEndObject();
            WriteParent(writer, node, drive, state, includePath: false);
            writer.WriteEndObject();
            return;
        }

        if (Want("eTag"))
        {
            writer.WriteString("eTag", node.ETag);
        }

        // driveItem: "cTag … This property is not returned if the item is a folder."
        if (!node.IsFolder && Want("cTag"))
        {
            writer.WriteString("cTag", node.CTag);
        }

        if (Want("size"))
        {
            writer.WriteNumber("size", ReportedSize(drive, node));
        }

        if (Want("createdDateTime"))
        {
            writer.WriteString("createdDateTime", node.Created.UtcDateTime);
        }

        if (Want("lastModifiedDateTime"))
        {
            writer.WriteString("lastModifiedDateTime", node.Modified.UtcDateTime);
        }

        if (Want("webUrl"))
        {
            writer.WriteString("webUrl", $"https://onedrive.live.com/?cid={UserId}&id={Uri.EscapeDataString(node.Id)}");
        }

        if (Want("createdBy"))
        {
            WriteIdentity(writer, "createdBy");
        }

        if (Want("lastModifiedBy"))
        {
            WriteIdentity(writer, "lastModifiedBy");
        }

        if (Want("parentReference") && node.ParentId is not null)
        {
            WriteParent(writer, node, drive, state, includePath: !forDelta);
        }

        if (Want("fileSystemInfo"))
        {
            writer.WriteStartObject("fileSystemInfo");
            writer.WriteString("createdDateTime", node.Created.UtcDateTime);
            writer.WriteString("lastModifiedDateTime", node.Modified.UtcDateTime);
            writer.WriteEndObject();
        }

        if (node.IsFolder && Want("folder"))
        {
            writer.WriteStartObject("folder");
            writer.WriteNumber("childCount", drive.ChildCount(node.Id));
            writer.WriteEndObject();
        }

        if (!node.IsFolder && Want("file"))
        {
            writer.WriteStartObject("file");
            writer.WriteString("mimeType", node.MimeType ?? "application/octet-stream");
            writer.WriteStartObject("hashes");
            // hashes resource: business drives report quickXorHash alone, personal ones SHA-1 too; sha256Hash is
            // documented as not supported, so it is never sent.
            if (node.Sha1Hex is not null && drive.DriveType != "business")
            {
                writer.WriteString("sha1Hash", node.Sha1Hex);
            }

            if (node.QuickXorHash is not null)
            {
                writer.WriteString("quickXorHash", node.QuickXorHash);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        if (node.ImageWidth is { } width && node.ImageHeight is { } height && Want("image"))
        {
            writer.WriteStartObject("image");
            writer.WriteNumber("width", width);
            writer.WriteNumber("height", height);
            writer.WriteEndObject();
        }

        if (node.ParentId is null && Want("root"))
        {
            writer.WriteStartObject("root");
            writer.WriteEndObject();
        }

        if (node.SpecialFolder is not null && Want("specialFolder"))
        {
            writer.WriteStartObject("specialFolder");
            writer.WriteString("name", node.SpecialFolder);
            writer.WriteEndObject();
        }

        if (!node.IsFolder && (select is null || select.Contains("@microsoft.graph.downloadUrl")))
        {
            writer.WriteString("@microsoft.graph.downloadUrl", state.DownloadUrl(node.Id));
        }

        if (expandThumbnails)
        {
            ThumbnailOperations.WriteExpanded(writer, state, node);
        }

        if (expandChildren && node.IsFolder)
        {
            writer.WriteStartArray("children");
            foreach (var child in drive.Children(node.Id))
            {
                Write(writer, child, drive, state);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteParent(Utf8JsonWriter writer, DriveItemNode node, DriveStore drive, EmulatorState state, bool includePath)
    {
        writer.WriteStartObject("parentReference");
        writer.WriteString("driveId", drive.DriveId);
        writer.WriteString("driveType", drive.DriveType);
        if (node.ParentId is not null)
        {
            writer.WriteString("id", node.ParentId);
            var parent = drive.Get(node.ParentId);
            if (includePath && parent is not null)
            {
                writer.WriteString("path", drive.PathOf(parent));
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteIdentity(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject("user");
        writer.WriteString("displayName", UserName);
        writer.WriteString("id", UserId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The size Graph reports: a file's bytes, or all of a folder's descendants.</summary>
    internal static long ReportedSize(DriveStore drive, DriveItemNode node) => node.IsFolder ? FolderSize(drive, node) : node.Size;

    private static long FolderSize(DriveStore drive, DriveItemNode folder)
    {
        long total = 0;
        foreach (var child in drive.Children(folder.Id))
        {
            total += child.IsFolder ? FolderSize(drive, child) : child.Size;
        }

        return total;
    }
}
