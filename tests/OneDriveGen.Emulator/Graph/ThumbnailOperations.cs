using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Graph;

/// <summary>
/// GET …/thumbnails, …/thumbnails/{set}, …/thumbnails/{set}/{size} and …/{size}/content: small (96), medium (176),
/// large (800), the square ones, and custom c{w}x{h} (fit) or c{w}x{h}_crop (fill), each URL serving a real PNG.
/// </summary>
internal static partial class ThumbnailOperations
{
    private static readonly string[] StandardSizes = { "small", "medium", "large" };

    public static async Task GetAsync(GraphCall call)
    {
        var node = await call.ReadableAsync();
        if (node is null)
        {
            return;
        }

        var arguments = call.Target.Arguments;
        if (arguments.Count == 0)
        {
            var sizes = RequestedSizes(call.Query.Select);
            await GraphResponses.WriteJsonAsync(call.Context, 200, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("value");
                if (HasThumbnails(node))
                {
                    WriteSet(writer, call.State, node, sizes);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return;
        }

        if (arguments[0] != "0" || !HasThumbnails(node))
        {
            await call.FailAsync(DriveError.NotFound);
            return;
        }

        if (arguments.Count == 1)
        {
            await GraphResponses.WriteJsonAsync(call.Context, 200, writer => WriteSet(writer, call.State, node, RequestedSizes(call.Query.Select)));
            return;
        }

        var size = Measure(node, arguments[1]);
        if (size is null)
        {
            await call.FailAsync(DriveError.Invalid($"Invalid thumbnail size '{arguments[1]}'."));
            return;
        }

        var url = call.State.ThumbnailUrl(node.Id, size.Value.Width, size.Value.Height);
        if (arguments.Count == 3 && arguments[2] == "content")
        {
            call.Context.Response.StatusCode = 302;
            call.Context.Response.Headers.Location = url;
            return;
        }

        await GraphResponses.WriteJsonAsync(call.Context, 200, writer => WriteThumbnail(writer, null, size.Value, url));
    }

    private static List<string> RequestedSizes(ISet<string>? select) =>
        select is null ? StandardSizes.ToList() : select.Where(s => s != "id").ToList();

    /// <summary>"List thumbnails for a DriveItem": pictures and videos have thumbnails; other files and folders none.</summary>
    internal static bool HasThumbnails(DriveItemNode node) =>
        !node.IsFolder && node.MimeType is { } type && (type.StartsWith("image/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal));

    /// <summary>The thumbnails array of $expand=thumbnails: the standard set when the item has one.</summary>
    internal static void WriteExpanded(Utf8JsonWriter writer, EmulatorState state, DriveItemNode node)
    {
        writer.WriteStartArray("thumbnails");
        if (HasThumbnails(node))
        {
            WriteSet(writer, state, node, StandardSizes.ToList());
        }

        writer.WriteEndArray();
    }

    private static void WriteSet(Utf8JsonWriter writer, EmulatorState state, DriveItemNode node, List<string> sizes)
    {
        writer.WriteStartObject();
        writer.WriteString("id", "0");
        foreach (var name in sizes)
        {
            var size = Measure(node, name);
            if (size is not null)
            {
                // The requested key is echoed as written (_crop or _Crop).
                WriteThumbnail(writer, name, size.Value, state.ThumbnailUrl(node.Id, size.Value.Width, size.Value.Height));
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteThumbnail(Utf8JsonWriter writer, string? name, (int Width, int Height) size, string url)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteNumber("height", size.Height);
        writer.WriteNumber("width", size.Width);
        writer.WriteString("url", url);
        writer.WriteEndObject();
    }

    /// <summary>The pixel size of a thumbnail of <paramref name="node"/>, or null for an unknown size name.</summary>
    internal static (int Width, int Height)? Measure(DriveItemNode node, string sizeName)
    {
        var width = node.ImageWidth ?? 800;
        var height = node.ImageHeight ?? 600;
        int Fit(int longest, out int other)
        {
            var scale = Math.Min(1.0, longest / (double)Math.Max(width, height));
            other = Math.Max(1, (int)Math.Round(Math.Min(width, height) * scale));
            return Math.Max(1, (int)Math.Round(Math.Max(width, height) * scale));
        }

        (int, int) Longest(int longest)
        {
            var major = Fit(longest, out var minor);
            return width >= height ? (major, minor) : (minor, major);
        }

        switch (sizeName.ToLowerInvariant())
        {
            case "small": return Longest(96);
            case "medium": return Longest(176);
            case "large": return Longest(800);
            case "smallsquare": return (96, 96);
            case "mediumsquare": return (176, 176);
            case "largesquare": return (800, 800);
            case "source": return (width, height);
        }

        var match = CustomSize().Match(sizeName);
        if (!match.Success)
        {
            return null;
        }

        var boxWidth = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var boxHeight = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (boxWidth is < 1 or > 10000 || boxHeight is < 1 or > 10000)
        {
            return null;
        }

        if (match.Groups[3].Success)
        {
            return (boxWidth, boxHeight);
        }

        // Fit inside the box, keeping the aspect ratio; never larger than the source, like the standard sizes.
        var fit = Math.Min(1.0, Math.Min(boxWidth / (double)width, boxHeight / (double)height));
        return (Math.Max(1, (int)Math.Round(width * fit)), Math.Max(1, (int)Math.Round(height * fit)));
    }

    [GeneratedRegex("^c(\\d+)x(\\d+)(_crop)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CustomSize();
}
