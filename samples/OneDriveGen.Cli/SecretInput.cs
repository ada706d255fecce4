using System;
using System.Collections.Generic;
using System.IO;

namespace OneDriveGen.Cli;

/// <summary>
/// Secrets given without putting them on the command line, where `ps` and the shell history would show them:
/// <c>--code -</c> reads standard input, <c>--code-file F</c> and <c>--set-file KEY=F</c> read a file.
/// </summary>
internal static class SecretInput
{
    /// <summary>The value of an option that may be "-" for standard input, or come from a file.</summary>
    public static string? Read(string? value, string? file, string what)
    {
        if (value is not null && file is not null)
        {
            throw new CliException($"Give the {what} once: as a value, '-' for standard input, or a file, not two of them.");
        }

        if (file is not null)
        {
            return FromFile(file, what);
        }

        if (value == "-")
        {
            var line = Console.In.ReadLine();
            return string.IsNullOrWhiteSpace(line) ? throw new CliException($"No {what} on standard input.") : line.Trim();
        }

        return value;
    }

    /// <summary>KEY=FILE pairs as KEY=value configuration overrides, the value being the file's text.</summary>
    public static IEnumerable<string> Overrides(IEnumerable<string> keyFilePairs)
    {
        foreach (var pair in keyFilePairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new CliException($"--set-file takes KEY=FILE, such as --set-file OneDrive:ClientSecret=./secret.txt; got '{pair}'.", ExitCodes.BadInput);
            }

            yield return pair[..equals] + "=" + FromFile(pair[(equals + 1)..], pair[..equals]);
        }
    }

    private static string FromFile(string path, string what)
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            return text.Length > 0 ? text : throw new CliException($"The file {path} for {what} is empty.", ExitCodes.BadInput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read {what} from {path}: {e.Message}", ExitCodes.BadInput);
        }
    }
}
