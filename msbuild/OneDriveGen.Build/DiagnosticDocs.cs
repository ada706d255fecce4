namespace OneDriveGen.Build;

/// <summary>Where each code is explained, so the IDE's help link lands on the page that says how to fix it.</summary>
internal static class DiagnosticDocs
{
    private const string Root = "https://github.com/onedrivegen/onedrivegen/blob/main/docs/diagnostics/";

    public static string LinkFor(string code) => Root + code + ".md";
}
