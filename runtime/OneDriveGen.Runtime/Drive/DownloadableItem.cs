using System;
using System.Text.Json;
using OneDriveGen.Runtime.Json;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// What a download needs of a driveItem, read from the same JSON as the caller's own model: the downloader works
/// whatever the spec declares (a trimmed DriveItem without hashes is still checked).
/// </summary>
internal sealed class DownloadableItem
{
    public string? Id { get; private set; }

    public string? Name { get; private set; }

    public string? ETag { get; private set; }

    public long? Size { get; private set; }

    public string? DownloadUrl { get; private set; }

    public bool IsFolder { get; private set; }

    public string? QuickXorHash { get; private set; }

    public string? Sha1Hash { get; private set; }

    public string? Sha256Hash { get; private set; }

    /// <summary>lastModifiedDateTime, when the service sent a readable one.</summary>
    public DateTimeOffset? LastModified { get; private set; }

    /// <summary>Reads the item at the reader's current token; everything else is skipped.</summary>
    public static DownloadableItem? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var item = new DownloadableItem();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                item.Id = String(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                item.Name = String(ref reader);
            }
            else if (reader.ValueTextEquals("eTag"u8))
            {
                item.ETag = String(ref reader);
            }
            else if (reader.ValueTextEquals("size"u8))
            {
                reader.Read();
                item.Size = reader.TokenType == JsonTokenType.Number && JsonValues.Int64OrSkip(ref reader) is >= 0 and var size ? size : null;
                reader.Skip(); // a no-op after a number; a hostile "size": {…} must not shift what is read next
            }
            else if (reader.ValueTextEquals("lastModifiedDateTime"u8))
            {
                item.LastModified = DateTimeOffset.TryParse(String(ref reader), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var modified) ? modified : null;
            }
            else if (reader.ValueTextEquals("@microsoft.graph.downloadUrl"u8))
            {
                item.DownloadUrl = String(ref reader);
            }
            else if (reader.ValueTextEquals("folder"u8))
            {
                reader.Read();
                item.IsFolder = reader.TokenType == JsonTokenType.StartObject;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("file"u8))
            {
                reader.Read();
                ReadFile(ref reader, item);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return item;
    }

    private static void ReadFile(ref Utf8JsonReader reader, DownloadableItem item)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isHashes = reader.ValueTextEquals("hashes"u8);
            reader.Read();
            if (!isHashes || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("quickXorHash"u8))
                {
                    item.QuickXorHash = String(ref reader);
                }
                else if (reader.ValueTextEquals("sha1Hash"u8))
                {
                    item.Sha1Hash = String(ref reader);
                }
                else if (reader.ValueTextEquals("sha256Hash"u8))
                {
                    item.Sha256Hash = String(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
    }

    private static string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonValues.StringOrSkip(ref reader);
    }
}
