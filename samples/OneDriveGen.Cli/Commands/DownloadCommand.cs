using System;
using System.CommandLine;
using Spectre.Console;
using System.IO;
using System.Security.Cryptography;
using DriveItem = OneDriveGen.Cli.OneDrive.Models.DriveItem;
using OneDriveGen.Cli.Output;
using OneDriveGen.Runtime.Drive;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg download (--id ID | REMOTE_PATH) -o LOCAL_FILE</c>: resumable, hash-checked, never a half file.</summary>
internal static class DownloadCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("REMOTE_PATH") { Description = "File path from the drive root.", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "Download the item with this ID instead." };
        var output = new Option<string>("--output", "-o") { Description = "Local file to write.", Required = true };
        var command = new Command("download", "Download a file.") { path, id, output };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(id)) && string.IsNullOrWhiteSpace(parse.GetValue(path)))
            {
                throw new CliException("Give the file: a REMOTE_PATH or --id ID.");
            }

            var target = Path.GetFullPath(parse.GetValue(output)!);
            var folder = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(folder))
            {
                throw new CliException($"Local folder not found: {folder}");
            }

            await session.EnsureSignedInAsync(ct);
            var item = DriveAddress.From(parse.GetValue(id), parse.GetValue(path));
            // Written beside the target and moved into place only when complete and verified.
            var partial = target + ".odg-partial";
            try
            {
                await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
                {
                    var downloaded = await TransferView.RunAsync(session.Console, "download " + item, null, progress =>
                        new DriveDownloader(session.Adapter, session.Content).DownloadAsync(item.ItemRequest(session.Client), DriveItem.ReadJson, file, progress, verifyHash: true, cancellationToken: ct));
                    session.Console.WriteLine($"Downloaded {TerminalText.Safe(downloaded.Name)} ({Sizes.Format(file.Length)}) to {target}");
                }

                File.Move(partial, target, overwrite: true);
            }
            finally
            {
                File.Delete(partial);
            }

            await using var written = File.OpenRead(target);
            session.Console.WriteLine("sha256 " + Convert.ToHexStringLower(await SHA256.HashDataAsync(written, ct)));
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
