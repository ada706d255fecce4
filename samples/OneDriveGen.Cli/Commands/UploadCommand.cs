using System.CommandLine;
using Spectre.Console;
using System.IO;
using DriveItem = OneDriveGen.Cli.OneDrive.Models.DriveItem;
using OneDriveGen.Cli.Output;
using OneDriveGen.Runtime.Drive;

namespace OneDriveGen.Cli.Commands;

/// <summary>
/// <c>odg upload LOCAL_FILE REMOTE_PATH</c>: one PUT up to 4 MiB, an upload session above; with <c>-r</c>, a whole
/// local folder into REMOTE_PATH.
/// </summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var local = new Argument<string>("LOCAL_FILE") { Description = "The file to upload." };
        var remote = new Argument<string>("REMOTE_PATH") { Description = "Where to put it, from the drive root (e.g. Documents/report.pdf)." };
        var conflict = new Option<ConflictBehavior>("--conflict") { Description = "If the name is taken: replace, rename or fail.", DefaultValueFactory = _ => ConflictBehavior.Replace };
        var recursive = FolderOptions.Recursive();
        var transfers = FolderOptions.Transfers();
        var sizeOnly = FolderOptions.SizeOnly();
        var command = new Command("upload", "Upload a file (an upload session above 4 MiB), or with -r a whole folder.") { local, remote, conflict, recursive, transfers, sizeOnly };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            var source = Path.GetFullPath(parse.GetValue(local)!);
            if (parse.GetValue(recursive))
            {
                if (!Directory.Exists(source))
                {
                    throw new CliException($"Local folder not found: {source}");
                }

                var remoteFolder = parse.GetValue(remote)!.Trim().Trim('/');
                await session.EnsureSignedInAsync(ct);
                var folderTransfer = new FolderTransfer(session.Adapter, session.Content) { Transfers = FolderOptions.Checked(parse.GetValue(transfers)), SizeOnly = parse.GetValue(sizeOnly) };
                var target = remoteFolder.Length == 0 ? session.Client.Me.Drive.Root.ToGetRequestInformation() : session.Client.Me.Drive.Root.ItemWithPath(remoteFolder).ToGetRequestInformation();
                return await FolderTransferView.RunAsync(session, "upload", progress => folderTransfer.UploadAsync(source, target, progress, ct));
            }

            if (Directory.Exists(source))
            {
                throw new CliException($"{source} is a folder; odg upload sends one file (-r sends a folder).");
            }

            if (!File.Exists(source))
            {
                throw new CliException($"Local file not found: {source}");
            }

            var destination = parse.GetValue(remote)!.Trim().Trim('/');
            if (destination.Length == 0)
            {
                throw new CliException("REMOTE_PATH must name the file, e.g. Documents/report.pdf.");
            }

            await session.EnsureSignedInAsync(ct);
            await using var file = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
            var uploader = new DriveUploader(session.Adapter, session.Content);
            var item = await TransferView.RunAsync(session.Console, "upload " + Path.GetFileName(source), file.Length, progress =>
                uploader.UploadAsync(file, session.Client.Me.Drive.Root.ItemWithPath(destination).ToGetRequestInformation(), DriveItem.ReadJson, parse.GetValue(conflict), progress, ct));
            var how = file.Length > uploader.SimpleUploadThreshold ? "upload session" : "single PUT";
            if (session.Json is { } json)
            {
                json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("path", "/" + destination);
                    w.WriteNumber("bytes", file.Length);
                    w.WriteString("method", file.Length > uploader.SimpleUploadThreshold ? "uploadSession" : "simplePut");
                    JsonShapes.Item(w, "item", item);
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            session.Console.WriteLine($"Uploaded {Sizes.Format(file.Length)} to /{destination} by {how}: id {item.Id}");
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
