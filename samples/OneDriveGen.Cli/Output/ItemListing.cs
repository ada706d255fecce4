using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Cli.OneDrive.Models;
using Spectre.Console;

namespace OneDriveGen.Cli.Output;

/// <summary>Every item of a paged collection (children, search results) as one table and a count.</summary>
internal static class ItemListing
{
    /// <summary>
    /// Follows every nextLink from <paramref name="firstPage"/>, then writes the table and "{count} {noun} {context}",
    /// or with --json <c>{ subject: value, items: [...], count }</c>.
    /// </summary>
    public static async Task<int> WriteAllAsync(CliSession session, RequestInformation firstPage, string noun, string context, (string Name, string Value) subject, CancellationToken cancellationToken)
    {
        var items = new List<DriveItem>();
        await foreach (var item in Pager.EnumerateAsync(session.Adapter, firstPage, DriveItem.ReadJson, cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        if (session.Json is { } json)
        {
            json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString(subject.Name, subject.Value);
                w.WriteStartArray("items");
                items.ForEach(item => JsonShapes.Item(w, item));
                w.WriteEndArray();
                w.WriteNumber("count", items.Count);
                w.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        session.Console.Write(ItemTable.Create(items));
        session.Console.WriteLine($"{items.Count} {noun} {context}");
        return ExitCodes.Success;
    }
}
