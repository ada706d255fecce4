using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Graph;

/// <summary>
/// Pages a collection like Graph: default 200 items, an opaque $skiptoken (base64 of the offset, such as MjAw) in an
/// absolute @odata.nextLink to follow as given.
/// </summary>
internal static class Pager
{
    private static readonly string[] OrderableProperties = { "name", "size", "lastModifiedDateTime" };

    /// <summary>
    /// Why the query options of a collection request are refused, or null. "List children of a driveItem": $top,
    /// $skipToken, $orderby (name, size, lastModifiedDateTime) and $select; a skip token the service did not issue is
    /// 400, and $filter, which driveItem collections do not support here, is refused rather than ignored.
    /// </summary>
    public static DriveError? Validate(GraphQuery query)
    {
        if (query.Get("filter") is not null)
        {
            return DriveError.Invalid("The $filter query option is not supported on this collection.");
        }

        if (query.SkipToken is { Length: > 0 } token && DecodeSkipToken(token) is null)
        {
            return DriveError.Invalid("The $skiptoken is not valid.", "invalidSkipToken");
        }

        if (query.OrderBy is { } orderBy)
        {
            var parts = orderBy.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2 || !OrderableProperties.Contains(parts[0], StringComparer.Ordinal)
                || (parts.Length == 2 && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase) && !parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase)))
            {
                return DriveError.Invalid($"The $orderby '{orderBy}' is not supported; order by name, size or lastModifiedDateTime, asc or desc.");
            }
        }

        return null;
    }

    public static (List<DriveItemNode> Page, string? NextLink) Slice(List<DriveItemNode> items, DriveStore drive, GraphQuery query, EmulatorState state, string rawPath)
    {
        var ordered = Order(items, query.OrderBy, drive);
        var top = query.Top ?? state.Options.DefaultPageSize;
        var offset = DecodeSkipToken(query.SkipToken) ?? 0;
        var page = ordered.Skip(offset).Take(top).ToList();
        var next = offset + page.Count;
        if (next >= ordered.Count)
        {
            return (page, null);
        }

        if (state.Options.Oddities.RepeatingNextLink)
        {
            next = top;
        }

        return (page, NextLink(state, rawPath, query, top, EncodeSkipToken(next)));
    }

    public static string NextLink(EmulatorState state, string rawPath, GraphQuery query, int top, string skipToken)
    {
        var parameters = query.WithoutPaging()
            .Select(p => Uri.EscapeDataString(p.Key).Replace("%24", "$", StringComparison.Ordinal) + "=" + Uri.EscapeDataString(p.Value))
            .Append("$top=" + top.ToString(CultureInfo.InvariantCulture))
            .Append("$skiptoken=" + skipToken);
        return state.MainBase + "/v1.0" + rawPath + "?" + string.Join("&", parameters);
    }

    public static void WriteCollection(Utf8JsonWriter writer, DriveStore drive, EmulatorState state, IEnumerable<DriveItemNode> page, string? nextLink, string? deltaLink, ISet<string>? select, bool forDelta = false, bool expandThumbnails = false)
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.context", state.MainBase + "/v1.0/$metadata#Collection(driveItem)");
        writer.WriteStartArray("value");
        foreach (var node in page)
        {
            ItemJson.Write(writer, node, drive, state, select, forDelta, expandThumbnails: expandThumbnails);
        }

        writer.WriteEndArray();
        if (nextLink is not null)
        {
            writer.WriteString("@odata.nextLink", nextLink);
        }

        if (deltaLink is not null)
        {
            writer.WriteString("@odata.deltaLink", deltaLink);
        }

        writer.WriteEndObject();
    }

    public static string EncodeSkipToken(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    /// <summary>The offset a skip token encodes; 0 for none, null for one the emulator did not issue.</summary>
    private static int? DecodeSkipToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var padded = token.PadRight(token.Length + ((4 - (token.Length % 4)) % 4), '=');
            return int.TryParse(Encoding.ASCII.GetString(Convert.FromBase64String(padded)), NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static List<DriveItemNode> Order(List<DriveItemNode> items, string? orderBy, DriveStore drive)
    {
        var parts = (orderBy ?? "name").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        IEnumerable<DriveItemNode> sorted = parts[0] switch
        {
            "size" => items.OrderBy(n => ItemJson.ReportedSize(drive, n)).ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase),
            "lastModifiedDateTime" => items.OrderBy(n => n.Modified).ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase),
            _ => items.OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase),
        };
        var list = sorted.ToList();
        if (descending)
        {
            list.Reverse();
        }

        return list;
    }
}
