using System;
using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Drive;
using Spectre.Console;

namespace OneDriveGen.Cli.Output;

/// <summary>
/// A folder transfer on the console: one overall bar (bytes and files) with a line per finished file on a terminal,
/// the lines alone when output is redirected, the summary at the end, and the exit code (1 when a file failed).
/// With --json, only the result document (docs/cli-json/folder.schema.json).
/// </summary>
internal static class FolderTransferView
{
    public static async Task<int> RunAsync(CliSession session, string verb, Func<IProgress<FolderProgress>, Task<FolderTransferResult>> transfer)
    {
        var console = session.Console;
        FolderTransferResult result;
        if (session.Json is not null || !TransferView.ShowsBars(console))
        {
            var lines = new Lines(session.Json is null ? console : null);
            result = await transfer(lines).ConfigureAwait(false);
        }
        else
        {
            result = null!;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(verb, maxValue: 1);
                    var lines = new Lines(console, p =>
                    {
                        task.MaxValue = Math.Max(1, p.BytesTotal);
                        task.Value = p.BytesDone;
                        task.Description = $"{verb} {p.FilesDone}/{p.FilesTotal} files";
                    });
                    result = await transfer(lines).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                }).ConfigureAwait(false);
        }

        if (session.Json is { } json)
        {
            json.Write(w => WriteJson(w, result));
        }
        else
        {
            foreach (var renamed in result.Renamed)
            {
                console.WriteLine($"renamed {TerminalText.Safe(renamed.RemotePath)} -> {TerminalText.Safe(renamed.LocalPath)} ({renamed.Reason})");
            }

            foreach (var failure in result.Failures)
            {
                console.WriteLine($"FAILED  {TerminalText.Safe(failure.Path)}: {TerminalText.SafeLines(failure.Reason)}");
            }

            console.WriteLine($"{verb}: {result.Transferred.Count} transferred ({Sizes.Format(result.BytesTransferred)}), {result.Skipped.Count} unchanged, {result.Failures.Count} failed");
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static void WriteJson(Utf8JsonWriter w, FolderTransferResult result)
    {
        w.WriteStartObject();
        w.WriteStartArray("transferred");
        foreach (var path in result.Transferred)
        {
            w.WriteStringValue(path);
        }

        w.WriteEndArray();
        w.WriteStartArray("skipped");
        foreach (var path in result.Skipped)
        {
            w.WriteStringValue(path);
        }

        w.WriteEndArray();
        w.WriteStartArray("failed");
        foreach (var failure in result.Failures)
        {
            w.WriteStartObject();
            w.WriteString("path", failure.Path);
            w.WriteString("reason", failure.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("renamed");
        foreach (var renamed in result.Renamed)
        {
            w.WriteStartObject();
            w.WriteString("remotePath", renamed.RemotePath);
            w.WriteString("localPath", renamed.LocalPath);
            w.WriteString("reason", renamed.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("bytes", result.BytesTransferred);
        w.WriteEndObject();
    }

    // A line per finished file (and the bar, when there is one); from the transfer's threads, so one at a time.
    private sealed class Lines(IAnsiConsole? console, Action<FolderProgress>? bar = null) : IProgress<FolderProgress>
    {
        private readonly object _gate = new();

        public void Report(FolderProgress value)
        {
            if (bar is not null)
            {
                lock (_gate)
                {
                    bar(value);
                }
            }

            if (console is null || value.FinishedFile is not { } file)
            {
                return;
            }

            var what = value.Outcome switch
            {
                FileOutcome.Transferred => "done   ",
                FileOutcome.Skipped => "same   ",
                _ => "failed ",
            };
            lock (_gate)
            {
                console.WriteLine($"{what} {TerminalText.Safe(file)}");
            }
        }
    }
}
