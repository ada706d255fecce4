using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace OneDriveGen.Emulator.Drive;

/// <summary>
/// Persists the drive's tree next to its content (drive.json in the data directory), so an emulator started on
/// the same folder finds the files a previous run left.
/// </summary>
internal static class DriveSnapshot
{
    public const string FileName = "drive.json";

    public static void Save(string directory, string driveId, string rootId, long sequence, IEnumerable<DriveItemNode> items)
    {
        var path = Path.Combine(directory, FileName);
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("driveId", driveId);
            writer.WriteString("rootId", rootId);
            writer.WriteNumber("sequence", sequence);
            writer.WriteStartArray("items");
            foreach (var item in items)
            {
                writer.WriteStartObject();
                writer.WriteString("id", item.Id);
                writer.WriteString("name", item.Name);
                writer.WriteString("parentId", item.ParentId);
                writer.WriteBoolean("folder", item.IsFolder);
                writer.WriteBoolean("deleted", item.Deleted);
                writer.WriteNumber("size", item.Size);
                writer.WriteString("blob", item.BlobPath is null ? null : Path.GetFileName(item.BlobPath));
                writer.WriteString("sha1", item.Sha1Hex);
                writer.WriteString("sha256", item.Sha256Hex);
                writer.WriteString("quickXor", item.QuickXorHash);
                writer.WriteString("mimeType", item.MimeType);
                writer.WriteString("special", item.SpecialFolder);
                if (item.ImageWidth is { } width && item.ImageHeight is { } height)
                {
                    writer.WriteNumber("width", width);
                    writer.WriteNumber("height", height);
                }

                writer.WriteString("tag", item.Tag);
                writer.WriteNumber("version", item.Version);
                writer.WriteNumber("contentVersion", item.ContentVersion);
                writer.WriteNumber("sequenceOfItem", item.Sequence);
                writer.WriteString("created", item.Created);
                writer.WriteString("modified", item.Modified);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        File.Move(temp, path, overwrite: true);
    }

    public static (string DriveId, string RootId, long Sequence, List<DriveItemNode> Items)? Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var items = new List<DriveItemNode>();
        foreach (var e in root.GetProperty("items").EnumerateArray())
        {
            string? Text(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var node = new DriveItemNode(Text("id")!, Text("name")!, Text("parentId"), e.GetProperty("folder").GetBoolean(), e.GetProperty("created").GetDateTimeOffset())
            {
                Tag = e.GetProperty("tag").GetGuid(),
                Created = e.GetProperty("created").GetDateTimeOffset(),
            };
            node.Deleted = e.GetProperty("deleted").GetBoolean();
            node.Size = e.GetProperty("size").GetInt64();
            node.BlobPath = Text("blob") is { } blob ? Path.Combine(directory, blob) : null;
            node.Sha1Hex = Text("sha1");
            node.Sha256Hex = Text("sha256");
            node.QuickXorHash = e.TryGetProperty("quickXor", out _) ? Text("quickXor") : null;
            node.MimeType = Text("mimeType");
            node.SpecialFolder = Text("special");
            node.ImageWidth = e.TryGetProperty("width", out var w) ? w.GetInt32() : null;
            node.ImageHeight = e.TryGetProperty("height", out var h) ? h.GetInt32() : null;
            node.Modified = e.GetProperty("modified").GetDateTimeOffset();
            node.Sequence = e.GetProperty("sequenceOfItem").GetInt64();
            node.RestoreVersions(e.GetProperty("version").GetInt32(), e.GetProperty("contentVersion").GetInt32());
            items.Add(node);
        }

        return (root.GetProperty("driveId").GetString()!, root.GetProperty("rootId").GetString()!, root.GetProperty("sequence").GetInt64(), items);
    }
}
