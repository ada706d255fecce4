using System.Collections.Generic;
using System.CommandLine;
using Spectre.Console;
using OneDriveGen.Cli.Output;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.OneDrive.Models;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg search QUERY</c>: every match across the drive, all pages.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Text to find in names and content." };
        var command = new Command("search", "Search the drive.") { query };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            await session.EnsureSignedInAsync(ct);
            var items = new List<DriveItem>();
            var request = session.Client.Me.Drive.Root.SearchWithQ(parse.GetValue(query)!).ToGetRequestInformation();
            await foreach (var item in Pager.EnumerateAsync(session.Adapter, request, ct))
            {
                items.Add(item);
            }

            session.Console.Write(ItemTable.Create(items));
            session.Console.WriteLine($"{items.Count} match(es) for '{parse.GetValue(query)}'");
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
