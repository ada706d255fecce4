using System;

namespace OneDriveGen.Cli;

/// <summary>A problem with what the user asked for, reported as one line with its exit code.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    /// <summary>The exit code to end with.</summary>
    public int ExitCode { get; } = exitCode;
}
