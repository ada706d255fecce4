using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OneDriveGen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Each ID has a page under docs/diagnostics/.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/onedrivegen/onedrivegen/blob/main/docs/diagnostics/";

    private const string Category = "OneDriveGen.Spec";

    public static readonly DiagnosticDescriptor InternalError = Create(
        "ODG1000", "The generator failed unexpectedly", "OneDriveGen could not process '{0}': {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MalformedJson = Create(
        "ODG1001", "The spec is not valid JSON", "The spec is not valid JSON: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownKey = Create(
        "ODG1002", "Unknown key in the spec", "Unknown key '{0}' in {1}{2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateName = Create(
        "ODG1003", "Duplicate name in the spec", "Duplicate {0} '{1}'", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UndeclaredPathParameter = Create(
        "ODG1004", "Path template names an undeclared parameter",
        "Path '{0}' names parameter '{1}', which is not declared in pathParameters", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnusedPathParameter = Create(
        "ODG1005", "Path parameter is never used",
        "Path parameter '{0}' is declared but no endpoint path uses it", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownReference = Create(
        "ODG1006", "Unknown type or reference", "Unknown {0} '{1}'{2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RequiredAndForbidden = Create(
        "ODG1007", "Grant field is both required and forbidden",
        "Field '{0}' of grant '{1}' for {2} clients is both {3} and forbidden", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InsecureHost = Create(
        "ODG1008", "Host is not https",
        "'{0}' uses {1}; only https is allowed, except for loopback hosts (localhost, 127.0.0.1, [::1])", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidIdentifier = Create(
        "ODG1009", "Name does not make a valid C# identifier",
        "'{0}' does not make a usable C# identifier ({1})", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LegacyOneDriveApi = Create(
        "ODG1010", "Spec points at the legacy OneDrive API",
        "'{0}' points at api.onedrive.com; use Microsoft Graph (https://graph.microsoft.com/v1.0), which serves the same drives with current features and support",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingKey = Create(
        "ODG1011", "Required key is missing", "{0} is missing the required key '{1}'", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidValue = Create(
        "ODG1012", "Invalid value", "Invalid value for '{0}': {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ConflictingEndpoints = Create(
        "ODG1013", "Endpoints conflict", "Endpoint '{0}' conflicts with endpoint '{1}': {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MalformedPath = Create(
        "ODG1014", "Path template is malformed", "Path '{0}' is malformed: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        "ODG1015", "C# 11 or later is needed",
        "The generated code needs C# 11 or later (required members make incomplete token requests a compile error); this project uses C# {0}. Set <LangVersion>11</LangVersion> or later.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PathTooLong = Create(
        "ODG1016", "Path template is too long",
        "Path '{0}' is too long: {1}", DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [InternalError.Id] = InternalError,
        [MalformedJson.Id] = MalformedJson,
        [UnknownKey.Id] = UnknownKey,
        [DuplicateName.Id] = DuplicateName,
        [UndeclaredPathParameter.Id] = UndeclaredPathParameter,
        [UnusedPathParameter.Id] = UnusedPathParameter,
        [UnknownReference.Id] = UnknownReference,
        [RequiredAndForbidden.Id] = RequiredAndForbidden,
        [InsecureHost.Id] = InsecureHost,
        [InvalidIdentifier.Id] = InvalidIdentifier,
        [LegacyOneDriveApi.Id] = LegacyOneDriveApi,
        [MissingKey.Id] = MissingKey,
        [InvalidValue.Id] = InvalidValue,
        [ConflictingEndpoints.Id] = ConflictingEndpoints,
        [MalformedPath.Id] = MalformedPath,
        [LanguageVersionTooLow.Id] = LanguageVersionTooLow,
        [PathTooLong.Id] = PathTooLong,
    };

    /// <summary>All descriptors, for tests and release tracking.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Find(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
