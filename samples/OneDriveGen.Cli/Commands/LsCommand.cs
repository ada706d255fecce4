using System.CommandLine;
using OneDriveGen.Cli.Output;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg ls [REMOTE_PATH] | --id ID</c>: every child of a folder, all pages.</summary>
internal static class LsCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("REMOTE_PATH") { Description = "Folder path from the drive root (default: the root).", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "List the folder with this item ID instead." };
        var command = new Command("ls", "List a folder (all pages).") { path, id };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            await session.EnsureSignedInAsync(ct);
            var folder = DriveAddress.From(parse.GetValue(id), parse.GetValue(path));
            return await ItemListing.WriteAllAsync(session, folder.ChildrenRequest(session.Client), "item(s) in", folder.ToString(), ("folder", folder.ToString()), ct);
        }, cancellationToken: ct));
        return command;
    }
}
