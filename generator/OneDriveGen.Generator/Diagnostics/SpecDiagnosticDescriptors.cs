using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OneDriveGen.Common.Diagnostics;

namespace OneDriveGen.Generator.Diagnostics;

/// <summary>Roslyn's descriptors for the <see cref="SpecDiagnostics"/> catalog, made once per code.</summary>
internal static class SpecDiagnosticDescriptors
{
    public const string Category = "OneDriveGen.Spec";

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCode =
        SpecDiagnostics.All.ToDictionary(e => e.Code, Create);

    /// <summary>Every descriptor in the catalog's order, for tests and release tracking.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => SpecDiagnostics.All.Select(e => ByCode[e.Code]);

    public static DiagnosticDescriptor Find(string code) => ByCode[code];

    public static DiagnosticSeverity Severity(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => DiagnosticSeverity.Error,
        DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
        DiagnosticLevel.Message => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static DiagnosticDescriptor Create(DiagnosticEntry entry) =>
        new(entry.Code, entry.Title, entry.MessageFormat, Category, Severity(entry.Level), isEnabledByDefault: true, helpLinkUri: entry.HelpLink);
}
