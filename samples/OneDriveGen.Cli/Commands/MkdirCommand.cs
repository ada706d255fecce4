using System.CommandLine;
using Spectre.Console;
using OneDriveGen.Cli.OneDrive.Models;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg mkdir REMOTE_PATH</c>: a new folder; its parent must exist.</summary>
internal static class MkdirCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("REMOTE_PATH") { Description = "The folder to create, from the drive root." };
        var command = new Command("mkdir", "Create a folder.") { path };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            var (parent, name) = DriveAddress.Split(parse.GetValue(path)!);
            if (name.Length == 0)
            {
                throw new CliException("REMOTE_PATH must name the new folder.");
            }

            await session.EnsureSignedInAsync(ct);
            var folder = new DriveItem { Name = name, Folder = new Folder(), ConflictBehavior = "fail" };
            // Folders are created under the parent's ID: resolve the path first (a missing parent is itemNotFound).
            var parentItem = await DriveAddress.From(null, parent).GetAsync(session.Client, ct);
            var created = await session.Client.Me.Drive.Items[parentItem.Id!].Children.PostAsync(folder, cancellationToken: ct);
            var createdPath = "/" + (parent.Length == 0 ? name : parent + "/" + name);
            if (session.Json is { } json)
            {
                json.Write(w => Output.JsonShapes.PathAndItem(w, createdPath, created!));
                return ExitCodes.Success;
            }

            session.Console.WriteLine($"Created folder {createdPath}: id {created?.Id}");
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
