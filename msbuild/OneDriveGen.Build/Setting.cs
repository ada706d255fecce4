namespace OneDriveGen.Build;

/// <summary>One configured value with where it came from, so a finding can point at it.</summary>
internal sealed record Setting(string Name, string Value, SourceLocation Location)
{
    /// <summary>Whether the value is empty or whitespace.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Value);
}
