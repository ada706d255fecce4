using System.Globalization;
using System.Text.Json;
using OneDriveGen.Cli.OneDrive.Models;

namespace OneDriveGen.Cli.Output;

/// <summary>The JSON shapes shared by several commands (docs/cli-json/item.schema.json).</summary>
internal static class JsonShapes
{
    /// <summary>An item: the fields a script needs, always present (null when the service did not say).</summary>
    public static void Item(Utf8JsonWriter json, DriveItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("name", item.Name);
        json.WriteString("kind", item.Folder is not null ? "folder" : "file");
        json.WriteNumber("size", item.Size ?? 0);
        WriteDate(json, "lastModified", item.LastModifiedDateTime);
        json.WriteString("eTag", item.ETag);
        json.WriteString("mimeType", item.File?.MimeType);
        if (item.Folder?.ChildCount is { } children)
        {
            json.WriteNumber("childCount", children);
        }
        else
        {
            json.WriteNull("childCount");
        }

        json.WriteEndObject();
    }

    /// <summary>A property holding one item.</summary>
    public static void Item(Utf8JsonWriter json, string name, DriveItem item)
    {
        json.WritePropertyName(name);
        Item(json, item);
    }

    /// <summary>The result of mkdir and mv: <c>{ path, item }</c>.</summary>
    public static void PathAndItem(Utf8JsonWriter json, string path, DriveItem item)
    {
        json.WriteStartObject();
        json.WriteString("path", path);
        Item(json, "item", item);
        json.WriteEndObject();
    }

    /// <summary>An ISO 8601 time in UTC, or null.</summary>
    public static void WriteDate(Utf8JsonWriter json, string name, System.DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
