using System.Collections.Generic;
using System.Globalization;
using OneDriveGen.Cli.OneDrive.Models;
using Spectre.Console;

namespace OneDriveGen.Cli.Output;

/// <summary>
/// Drive items as a table: name, kind, size, modified, ID. Boxed on a terminal; plain aligned columns when the output
/// is redirected, so a pipe gets lines, not box drawing.
/// </summary>
internal static class ItemTable
{
    public static Table Create(IEnumerable<DriveItem> items)
    {
        var table = new Table().Border(System.Console.IsOutputRedirected ? TableBorder.None : TableBorder.Rounded)
            .AddColumn("Name").AddColumn("Kind").AddColumn(new TableColumn("Size").RightAligned()).AddColumn("Modified (UTC)").AddColumn("ID");
        foreach (var item in items)
        {
            var kind = item.Folder is not null ? $"folder ({item.Folder.ChildCount ?? 0})" : item.File?.MimeType ?? "file";
            table.AddRow(
                new Text(TerminalText.Safe(item.Name)),
                new Text(TerminalText.Safe(kind)),
                new Text(item.Folder is not null ? string.Empty : Sizes.Format(item.Size ?? 0)),
                new Text(item.LastModifiedDateTime?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty),
                new Text(TerminalText.Safe(item.Id)));
        }

        return table;
    }
}
