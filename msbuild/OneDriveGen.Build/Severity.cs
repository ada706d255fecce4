namespace OneDriveGen.Build;

/// <summary>How a finding is reported; MSBuild's NoWarn / WarningsAsErrors then apply per code.</summary>
internal enum Severity
{
    /// <summary>Shown at normal verbosity only: a detail, not worth every build's attention.</summary>
    Detail,
    Message,
    Warning,
    Error,
}
