using System.CommandLine;
using Spectre.Console;
using OneDriveGen.Cli.OneDrive.Models;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg mv SOURCE DESTINATION</c>: rename, move, or both, in one PATCH.</summary>
internal static class MvCommand
{
    public static Command Create()
    {
        var source = new Argument<string?>("SOURCE") { Description = "The item's path from the drive root.", Arity = ArgumentArity.ZeroOrOne };
        var destination = new Argument<string>("DESTINATION") { Description = "Its new path; ending in '/' keeps the name and moves it into that folder." };
        var id = new Option<string?>("--id") { Description = "Move the item with this ID (then give only DESTINATION)." };
        var command = new Command("mv", "Rename or move an item.") { source, destination, id };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            var to = parse.GetValue(destination)!;
            var item = DriveAddress.From(parse.GetValue(id), parse.GetValue(source));
            if (item.IsRoot)
            {
                throw new CliException("Give the item to move: SOURCE or --id ID.");
            }

            await session.EnsureSignedInAsync(ct);
            var current = await item.GetAsync(session.Client, ct);
            var (parentPath, name) = to.TrimEnd().EndsWith('/') ? (to.Trim().Trim('/'), current.Name!) : DriveAddress.Split(to);
            var parent = await DriveAddress.From(null, parentPath).GetAsync(session.Client, ct);
            var patch = new DriveItem { Name = name, ParentReference = new ItemReference { Id = parent.Id } };
            var moved = await session.Client.Me.Drive.Items[current.Id!].PatchAsync(patch, cancellationToken: ct);
            var movedTo = "/" + (parentPath.Length == 0 ? name : parentPath + "/" + name);
            if (session.Json is { } json)
            {
                json.Write(w => Output.JsonShapes.PathAndItem(w, movedTo, moved!));
                return ExitCodes.Success;
            }

            session.Console.WriteLine($"Moved {item} to {movedTo}: id {moved?.Id}");
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
