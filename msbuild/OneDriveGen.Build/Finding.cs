using OneDriveGen.Common.Diagnostics;

namespace OneDriveGen.Build;

/// <summary>One problem with the app registration: its catalog entry, the message and where. Never carries a secret.</summary>
internal sealed record Finding(DiagnosticEntry Entry, string Message, SourceLocation Location)
{
    public string Code => Entry.Code;

    public DiagnosticLevel Severity => Entry.Level;

    /// <summary>The documentation page of <see cref="Code"/>.</summary>
    public string HelpLink => Entry.HelpLink;
}

/// <summary>Reporting a catalog entry at a place in the project.</summary>
internal static class FindingExtensions
{
    /// <summary>This entry's message for <paramref name="arguments"/>, at <paramref name="location"/>.</summary>
    public static Finding At(this DiagnosticEntry entry, SourceLocation location, params object[] arguments) =>
        new(entry, entry.Format(arguments), location);
}
