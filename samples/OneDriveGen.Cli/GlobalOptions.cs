using System.CommandLine;

namespace OneDriveGen.Cli;

/// <summary>The options every command accepts.</summary>
internal static class GlobalOptions
{
    /// <summary>Run against the embedded emulator whatever is configured.</summary>
    public static readonly Option<bool> Emulator = new("--emulator")
    {
        Description = "Use the embedded emulator (the default when no OneDrive:ClientId is configured).",
        Recursive = true,
    };

    /// <summary>Where the embedded emulator keeps its drive between commands.</summary>
    public static readonly Option<string?> EmulatorData = new("--emulator-data")
    {
        Description = "Folder for the embedded emulator's drive, kept between commands (default: ~/.odg/emulator).",
        Recursive = true,
    };

    /// <summary>Stack traces on failure.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Show the full error, stack trace included, when a command fails.",
        Recursive = true,
    };

    /// <summary>Configuration overrides, the command line's configuration source.</summary>
    public static readonly Option<string[]> Set = new("--set")
    {
        Description = "Override a setting, e.g. --set OneDrive:Tenant=consumers (repeatable).",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };
}
