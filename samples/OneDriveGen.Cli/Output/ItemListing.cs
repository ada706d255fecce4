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
    /// <summary>Follows every nextLink from <paramref name="firstPage"/>, then writes the table and "{count} {noun} {context}".</summary>
    public static async Task<int> WriteAllAsync(CliSession session, RequestInformation firstPage, string noun, string context, CancellationToken cancellationToken)
    {
        var items = new List<DriveItem>();
        await foreach (var item in Pager.EnumerateAsync(session.Adapter, firstPage, DriveItem.ReadJson, cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        session.Console.Write(ItemTable.Create(items));
        session.Console.WriteLine($"{items.Count} {noun} {context}");
        return ExitCodes.Success;
    }
}
