using System.CommandLine;
using OneDriveGen.Cli.OneDrive.Models;
using Spectre.Console;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg thumbnails --id ID</c>: the item's thumbnail sets and their sizes.</summary>
internal static class ThumbnailsCommand
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = "The item's ID (a '!' in it is sent as %21).", Required = true };
        var command = new Command("thumbnails", "Show an item's thumbnails.") { id };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            await session.EnsureSignedInAsync(ct);
            var sets = await session.Client.Me.Drive.Items[parse.GetValue(id)!].Thumbnails.GetAsync(cancellationToken: ct);
            if (session.Json is { } json)
            {
                json.Write(w => WriteJson(w, parse.GetValue(id)!, sets?.Value));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Set").AddColumn("Size").AddColumn(new TableColumn("Width").RightAligned()).AddColumn(new TableColumn("Height").RightAligned());
            var count = 0;
            var urls = new System.Collections.Generic.List<string>();
            foreach (var set in sets?.Value ?? new System.Collections.Generic.List<ThumbnailSet>())
            {
                foreach (var (name, thumbnail) in new[] { ("small", set.Small), ("medium", set.Medium), ("large", set.Large) })
                {
                    if (thumbnail is not null)
                    {
                        table.AddRow(new Text(Output.TerminalText.Safe(set.Id)), new Text(name), new Text($"{thumbnail.Width}"), new Text($"{thumbnail.Height}"));
                        urls.Add($"{Output.TerminalText.Safe(set.Id)} {name}: {Output.TerminalText.Safe(thumbnail.Url)}");
                        count++;
                    }
                }
            }

            session.Console.Write(table);
            // One URL a line, whole, after the table: the point of asking for thumbnails, and easy to copy or script.
            foreach (var url in urls)
            {
                session.Console.WriteLine(url);
            }

            session.Console.WriteLine($"{count} thumbnail(s) for item {parse.GetValue(id)}");
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, string itemId, System.Collections.Generic.List<ThumbnailSet>? sets)
    {
        var count = 0;
        w.WriteStartObject();
        w.WriteString("itemId", itemId);
        w.WriteStartArray("thumbnails");
        foreach (var set in sets ?? new System.Collections.Generic.List<ThumbnailSet>())
        {
            foreach (var (name, thumbnail) in new[] { ("small", set.Small), ("medium", set.Medium), ("large", set.Large) })
            {
                if (thumbnail is not null)
                {
                    w.WriteStartObject();
                    w.WriteString("set", set.Id);
                    w.WriteString("size", name);
                    w.WriteNumber("width", thumbnail.Width ?? 0);
                    w.WriteNumber("height", thumbnail.Height ?? 0);
                    w.WriteString("url", thumbnail.Url);
                    w.WriteEndObject();
                    count++;
                }
            }
        }

        w.WriteEndArray();
        w.WriteNumber("count", count);
        w.WriteEndObject();
    }
}
