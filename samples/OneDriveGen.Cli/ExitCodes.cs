namespace OneDriveGen.Cli;

/// <summary>What odg's exit code says, so scripts can tell a missing file from an expired sign-in.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The service refused or failed the operation (itemNotFound, a network error, …).</summary>
    public const int Failed = 1;

    /// <summary>Bad input: a usage error, bad configuration, a missing local file.</summary>
    public const int BadInput = 2;

    /// <summary>Not signed in, or the sign-in was refused or expired: run <c>odg login</c>.</summary>
    public const int SignInNeeded = 3;

    /// <summary>Cancelled with Ctrl+C.</summary>
    public const int Cancelled = 130;
}
