using System.CommandLine;
using OneDriveGen.Cli.Output;

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
            var text = parse.GetValue(query)!;
            return await ItemListing.WriteAllAsync(session, session.Client.Me.Drive.Root.SearchWithQ(text).ToGetRequestInformation(), "match(es) for", $"'{text}'", ("query", text), ct);
        }, cancellationToken: ct));
        return command;
    }
}
