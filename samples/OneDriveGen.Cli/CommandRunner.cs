using System;
using System.Linq;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace OneDriveGen.Cli;

/// <summary>Runs a command's body in a session and reports any failure as one line and an exit code.</summary>
internal static class CommandRunner
{
    /// <summary>
    /// The console commands write to. Redirected output (a script, a test) is not wrapped at 80 columns, so a URL or
    /// a table row stays on one line.
    /// </summary>
    private static readonly Lazy<IAnsiConsole> Console = new(() =>
    {
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 400;
        }

        return console;
    });

    /// <summary>With --json the human text goes to stderr, plain: stdout is the JSON document's alone.</summary>
    private static readonly Lazy<IAnsiConsole> ErrorConsole = new(() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(System.Console.Error),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    }));

    /// <summary>Opens a session (emulator or configured app), runs <paramref name="body"/>, closes the session.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="body">The command; returns its exit code.</param>
    /// <param name="freshEmulator">Start the emulator on a fresh drive (the demo) rather than the kept one.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public static async Task<int> RunAsync(ParseResult parse, Func<CliSession, Task<int>> body, bool freshEmulator = false, CancellationToken cancellationToken = default)
    {
        var verbose = parse.GetValue(GlobalOptions.Verbose);
        var json = parse.GetValue(GlobalOptions.Json) ? new Output.JsonOutput(System.Console.OpenStandardOutput()) : null;
        try
        {
            var emulatorData = freshEmulator ? null : parse.GetValue(GlobalOptions.EmulatorData) ?? string.Empty;
            var emulatorReason = freshEmulator ? "the demo always runs on a fresh one" : parse.GetValue(GlobalOptions.Emulator) ? "--emulator" : null;
            var overrides = (parse.GetValue(GlobalOptions.Set) ?? Array.Empty<string>())
                .Concat(SecretInput.Overrides(parse.GetValue(GlobalOptions.SetFile) ?? Array.Empty<string>()))
                .ToArray();
            await using var session = await CliSession.OpenAsync(overrides, emulatorReason, emulatorData, json is null ? Console.Value : ErrorConsole.Value, json, cancellationToken).ConfigureAwait(false);
            return await body(session).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var (message, exitCode) = ErrorReport.Describe(e);
            if (json is not null)
            {
                Output.JsonOutput.WriteTo(System.Console.OpenStandardError(), w => ErrorReport.WriteJson(w, e, message, exitCode));
                return exitCode;
            }

            // The message may quote the service (error_description, Graph's message): nothing in it reaches the terminal raw.
            System.Console.Error.WriteLine("odg: " + Output.TerminalText.SafeLines(message));
            if (verbose)
            {
                System.Console.Error.WriteLine(Output.TerminalText.SafeLines(e.ToString()));
            }

            return exitCode;
        }
    }
}
