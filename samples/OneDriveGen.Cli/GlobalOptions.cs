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

    /// <summary>Results as JSON on stdout, errors as JSON on stderr.</summary>
    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Write the result as one JSON document on stdout (shapes: docs/cli-json/) and a failure as one JSON object on stderr; nothing else goes to stdout.",
        Recursive = true,
    };

    /// <summary>Configuration overrides, the command line's configuration source.</summary>
    public static readonly Option<string[]> Set = new("--set")
    {
        Description = "Override a setting, e.g. --set OneDrive:Tenant=consumers (repeatable). Not for secrets: the command line shows in ps and the shell history; use --set-file, user-secrets or OneDrive__ClientSecret.",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Configuration overrides read from files: secrets off the command line.</summary>
    public static readonly Option<string[]> SetFile = new("--set-file")
    {
        Description = "Override a setting with a file's content, e.g. --set-file OneDrive:ClientSecret=./secret.txt (repeatable): for secrets.",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };
}
