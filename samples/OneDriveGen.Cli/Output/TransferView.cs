using System;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Drive;
using Spectre.Console;

namespace OneDriveGen.Cli.Output;

/// <summary>A progress bar for a transfer on a terminal; nothing extra when output is redirected (scripts, tests).</summary>
internal static class TransferView
{
    /// <summary>
    /// Whether progress bars go to <paramref name="console"/>: only on a terminal. Spectre calls a console interactive
    /// when its input is, which says nothing of where the output goes (odg download … > log).
    /// </summary>
    public static bool ShowsBars(IAnsiConsole console) => console.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected;

    public static async Task<T> RunAsync<T>(IAnsiConsole console, string description, long? totalBytes, Func<IProgress<TransferProgress>, Task<T>> transfer)
    {
        if (!ShowsBars(console))
        {
            return await transfer(new Progress<TransferProgress>(_ => { })).ConfigureAwait(false);
        }

        T result = default!;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, totalBytes ?? 1));
                // IProgress callbacks arrive on the thread pool; the bar reads the value when it redraws.
                var progress = new Progress<TransferProgress>(p =>
                {
                    if (p.TotalBytes is { } total && total > 0)
                    {
                        task.MaxValue = total;
                    }

                    task.Value = p.BytesTransferred;
                });
                result = await transfer(progress).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }
}
