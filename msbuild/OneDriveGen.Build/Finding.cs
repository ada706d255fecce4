namespace OneDriveGen.Build;

/// <summary>One problem with the app registration: a code, how bad, what is wrong and where. Never carries a secret.</summary>
internal sealed record Finding(string Code, Severity Severity, string Message, SourceLocation Location)
{
    /// <summary>The documentation page of <see cref="Code"/>.</summary>
    public string HelpLink => DiagnosticDocs.LinkFor(Code);
}
