using System.CommandLine;

namespace OneDriveGen.Cli;

/// <summary>The options of whole-folder transfers (download -r, upload -r).</summary>
internal static class FolderOptions
{
    public static Option<bool> Recursive() => new("--recursive", "-r") { Description = "Transfer a whole folder: every file below it, every page, skipping files already the same on both sides." };

    public static Option<int> Transfers() => new("--transfers") { Description = "With -r: how many files at once (1 to 32).", DefaultValueFactory = _ => 4 };

    /// <summary>--transfers, refused with a message when out of range.</summary>
    public static int Checked(int transfers) =>
        transfers is >= 1 and <= 32 ? transfers : throw new CliException($"--transfers must be between 1 and 32; got {transfers}.");

    public static Option<bool> SizeOnly() => new("--size-only") { Description = "With -r: a file of the same size counts as unchanged (no hash is computed)." };
}
