using System.Globalization;

namespace OneDriveGen.Common.Diagnostics;

/// <summary>How much a diagnostic matters; each band maps it to its host's own severities.</summary>
internal enum DiagnosticLevel
{
    /// <summary>Shown only when asked for (normal verbosity in MSBuild, hidden in the IDE).</summary>
    Detail,

    /// <summary>Information: nothing is wrong, something could be better.</summary>
    Message,

    Warning,

    Error,
}

/// <summary>
/// One diagnostic code, defined once: its code, level, title and message format. The generator (ODG1xxx), the
/// build task (ODG2xxx) and the runtime's start-up checks (ODG3xxx) each keep a catalog of these, and tests hold
/// the catalogs, the pages under docs/diagnostics and the index to one another.
/// </summary>
internal sealed class DiagnosticEntry
{
    /// <summary>Where every code is explained: the IDE's help link lands on the page that says how to fix it.</summary>
    public const string HelpLinkBase = "https://github.com/onedrivegen/onedrivegen/blob/main/docs/diagnostics/";

    public DiagnosticEntry(string code, DiagnosticLevel level, string title, string messageFormat)
    {
        Code = code;
        Level = level;
        Title = title;
        MessageFormat = messageFormat;
    }

    /// <summary>The code, such as <c>ODG1006</c>.</summary>
    public string Code { get; }

    public DiagnosticLevel Level { get; }

    /// <summary>One line naming the rule; the title of its page.</summary>
    public string Title { get; }

    /// <summary>The message, with <c>{0}</c>… for what differs from one occurrence to the next.</summary>
    public string MessageFormat { get; }

    public string HelpLink => HelpLinkBase + Code + ".md";

    /// <summary>The message for one occurrence, formatted invariantly.</summary>
    public string Format(params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    public override string ToString() => Code;
}
