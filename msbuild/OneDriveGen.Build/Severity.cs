namespace OneDriveGen.Build;

/// <summary>How a finding is reported; MSBuild's NoWarn / WarningsAsErrors then apply per code.</summary>
internal enum Severity
{
    Message,
    Warning,
    Error,
}
