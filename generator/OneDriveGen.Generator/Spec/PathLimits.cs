namespace OneDriveGen.Generator.Spec;

/// <summary>
/// How deep and long an endpoint path may be. Each segment is a builder that repeats the path above it, so output
/// grows with the square of the depth; the limits keep a generation bounded whatever the spec says.
/// </summary>
internal static class PathLimits
{
    public const int MaxSegments = 32;

    public const int MaxLength = 2048;

    private const int ShownLength = 80;

    /// <summary>Why <paramref name="path"/> exceeds the limits, or null. Counts without parsing, so it is safe first.</summary>
    public static string? Exceeded(string path)
    {
        if (path.Length > MaxLength)
        {
            return $"it has {path.Length} characters; the limit is {MaxLength}";
        }

        var segments = 0;
        foreach (var c in path)
        {
            segments += c == '/' ? 1 : 0;
        }

        return segments > MaxSegments ? $"it has {segments} segments; the limit is {MaxSegments}" : null;
    }

    /// <summary>The path as a message shows it: long ones cut, so one diagnostic stays one readable line.</summary>
    public static string Shown(string path) => path.Length <= ShownLength ? path : path.Substring(0, ShownLength) + "…";
}
