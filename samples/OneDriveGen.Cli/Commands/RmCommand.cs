using System.CommandLine;
using Spectre.Console;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg rm REMOTE_PATH | --id ID</c>: to the recycle bin, as OneDrive does.</summary>
internal static class RmCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("REMOTE_PATH") { Description = "The item's path from the drive root.", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "Delete the item with this ID instead." };
        var command = new Command("rm", "Delete an item (it goes to the recycle bin).") { path, id };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            var item = DriveAddress.From(parse.GetValue(id), parse.GetValue(path));
            if (item.IsRoot)
            {
                throw new CliException("Give the item to delete: REMOTE_PATH or --id ID (the root cannot be deleted).");
            }

            await session.EnsureSignedInAsync(ct);
            if (item.Id is not null)
            {
                await session.Client.Me.Drive.Items[item.Id].DeleteAsync(cancellationToken: ct);
            }
            else
            {
                // Deleting by path goes through the ID: the generated DELETE is on items/{id}.
                var found = await item.GetAsync(session.Client, ct);
                await session.Client.Me.Drive.Items[found.Id!].DeleteAsync(cancellationToken: ct);
            }

            session.Console.WriteLine($"Deleted {item}");
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
