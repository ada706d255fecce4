using System;
using System.CommandLine;
using Spectre.Console;
using System.IO;
using System.Security.Cryptography;
using DriveItem = OneDriveGen.Cli.OneDrive.Models.DriveItem;
using OneDriveGen.Cli.Output;
using OneDriveGen.Runtime.Drive;

namespace OneDriveGen.Cli.Commands;

/// <summary>
/// <c>odg download (--id ID | REMOTE_PATH) -o LOCAL_FILE</c>: resumable, hash-checked, never a half file; with
/// <c>-r</c>, a whole folder into <c>-o LOCAL_DIR</c>.
/// </summary>
internal static class DownloadCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("REMOTE_PATH") { Description = "File path from the drive root.", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "Download the item with this ID instead." };
        var output = new Option<string>("--output", "-o") { Description = "Local file to write, or an existing folder to write the file into under its own name.", Required = true };
        var recursive = FolderOptions.Recursive();
        var transfers = FolderOptions.Transfers();
        var sizeOnly = FolderOptions.SizeOnly();
        var command = new Command("download", "Download a file, or with -r a whole folder.") { path, id, output, recursive, transfers, sizeOnly };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            if (parse.GetValue(recursive))
            {
                var remoteFolder = DriveAddress.From(parse.GetValue(id), parse.GetValue(path));
                var into = Path.GetFullPath(parse.GetValue(output)!);
                if (File.Exists(into))
                {
                    throw new CliException($"{into} is a file; -r downloads into a folder.");
                }

                await session.EnsureSignedInAsync(ct);
                var folderTransfer = new FolderTransfer(session.Adapter, session.Content) { Transfers = FolderOptions.Checked(parse.GetValue(transfers)), SizeOnly = parse.GetValue(sizeOnly) };
                return await FolderTransferView.RunAsync(session, "download", progress => folderTransfer.DownloadAsync(remoteFolder.ItemRequest(session.Client), into, progress, ct));
            }

            if (string.IsNullOrWhiteSpace(parse.GetValue(id)) && string.IsNullOrWhiteSpace(parse.GetValue(path)))
            {
                throw new CliException("Give the file: a REMOTE_PATH or --id ID.");
            }

            var target = Path.GetFullPath(parse.GetValue(output)!);
            var folder = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(target) && !Directory.Exists(folder))
            {
                throw new CliException($"Local folder not found: {folder}");
            }

            await session.EnsureSignedInAsync(ct);
            var item = DriveAddress.From(parse.GetValue(id), parse.GetValue(path));
            if (Directory.Exists(target))
            {
                // -o DIR writes DIR/<name>, as curl -O and cp do; the name is the service's, so only its last segment counts.
                target = Path.Combine(target, LocalName(await item.GetAsync(session.Client, ct), item));
            }
            // Written beside the target and moved into place only when complete and verified.
            var partial = target + ".odg-partial";
            DriveItem? downloaded = null;
            long bytes = 0;
            try
            {
                await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
                {
                    downloaded = await TransferView.RunAsync(session.Console, "download " + item, null, progress =>
                        new DriveDownloader(session.Adapter, session.Content).DownloadAsync(item.ItemRequest(session.Client), DriveItem.ReadJson, file, progress, verifyHash: true, cancellationToken: ct));
                    bytes = file.Length;
                    if (session.Json is null)
                    {
                        session.Console.WriteLine($"Downloaded {TerminalText.Safe(downloaded.Name)} ({Sizes.Format(file.Length)}) to {target}");
                    }
                }

                File.Move(partial, target, overwrite: true);
            }
            finally
            {
                File.Delete(partial);
            }

            await using var written = File.OpenRead(target);
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(written, ct));
            if (session.Json is { } json)
            {
                json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("file", target);
                    w.WriteNumber("bytes", bytes);
                    w.WriteString("sha256", sha256);
                    JsonShapes.Item(w, "item", downloaded!);
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            session.Console.WriteLine("sha256 " + sha256);
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }

    private static string LocalName(DriveItem remote, DriveAddress item)
    {
        if (remote.Folder is not null)
        {
            throw new CliException($"{item} is a folder: download its files one by one.");
        }

        var name = Path.GetFileName(remote.Name ?? string.Empty);
        return name.Length == 0 || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            ? throw new CliException($"{item} has a name that is not a safe local file name; give the file with -o FILE.")
            : name;
    }
}
