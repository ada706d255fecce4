namespace OneDriveGen.Build;

/// <summary>Where a setting was written: the file and the 1-based line and column of its value, or 0 when unknown.</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A setting whose origin is only known as a file (passed on the command line, or not found in it).</summary>
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);
}
