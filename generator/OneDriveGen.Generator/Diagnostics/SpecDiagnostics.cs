using System.Collections.Generic;
using OneDriveGen.Common.Diagnostics;

namespace OneDriveGen.Generator.Diagnostics;

/// <summary>
/// The ODG1xxx catalog: every diagnostic the generator reports, one rule per code. Each code has a page under
/// docs/diagnostics/, a row in the index there and in AnalyzerReleases.Unshipped.md (tests hold them to this list).
/// </summary>
internal static class SpecDiagnostics
{
    // Declared first: the fields below add themselves in order as the class initialises.
    private static readonly DiagnosticList Entries = new();

    public static readonly DiagnosticEntry InternalError = Entries.Define(
        "ODG1000", DiagnosticLevel.Error, "The generator failed unexpectedly", "OneDriveGen could not process '{0}': {1}");

    public static readonly DiagnosticEntry MalformedJson = Entries.Define(
        "ODG1001", DiagnosticLevel.Error, "The spec is not valid JSON", "The spec is not valid JSON: {0}");

    public static readonly DiagnosticEntry UnknownKey = Entries.Define(
        "ODG1002", DiagnosticLevel.Error, "Unknown key in the spec", "Unknown key '{0}' in {1}{2}");

    public static readonly DiagnosticEntry DuplicateName = Entries.Define(
        "ODG1003", DiagnosticLevel.Error, "Duplicate name in the spec", "Duplicate {0} '{1}'");

    public static readonly DiagnosticEntry UndeclaredPathParameter = Entries.Define(
        "ODG1004", DiagnosticLevel.Error, "Path template names an undeclared parameter",
        "Path '{0}' names parameter '{1}', which is not declared in pathParameters");

    public static readonly DiagnosticEntry UnusedPathParameter = Entries.Define(
        "ODG1005", DiagnosticLevel.Warning, "Path parameter is never used",
        "Path parameter '{0}' is declared but no endpoint path uses it");

    public static readonly DiagnosticEntry UnknownType = Entries.Define(
        "ODG1006", DiagnosticLevel.Error, "Unknown model or type", "Unknown {0} '{1}'{2}");

    public static readonly DiagnosticEntry RequiredAndForbidden = Entries.Define(
        "ODG1007", DiagnosticLevel.Error, "Grant field is both required and forbidden",
        "Field '{0}' of grant '{1}' for {2} clients is both {3} and forbidden");

    public static readonly DiagnosticEntry InsecureHost = Entries.Define(
        "ODG1008", DiagnosticLevel.Error, "Host is not https",
        "'{0}' uses {1}; only https is allowed, except for loopback hosts (localhost, 127.0.0.1, [::1])");

    public static readonly DiagnosticEntry InvalidIdentifier = Entries.Define(
        "ODG1009", DiagnosticLevel.Error, "Name does not make a valid C# identifier",
        "'{0}' does not make a usable C# identifier ({1})");

    public static readonly DiagnosticEntry LegacyOneDriveApi = Entries.Define(
        "ODG1010", DiagnosticLevel.Warning, "Spec points at the legacy OneDrive API",
        "'{0}' points at api.onedrive.com; use Microsoft Graph (https://graph.microsoft.com/v1.0), which serves the same drives with current features and support");

    public static readonly DiagnosticEntry MissingKey = Entries.Define(
        "ODG1011", DiagnosticLevel.Error, "Required key is missing", "{0} is missing the required key '{1}'");

    public static readonly DiagnosticEntry WrongJsonKind = Entries.Define(
        "ODG1012", DiagnosticLevel.Error, "Value has the wrong JSON type", "{0} must be {1}");

    public static readonly DiagnosticEntry ConflictingEndpoints = Entries.Define(
        "ODG1013", DiagnosticLevel.Error, "Endpoints conflict", "Endpoint '{0}' conflicts with endpoint '{1}': {2}");

    public static readonly DiagnosticEntry MalformedPath = Entries.Define(
        "ODG1014", DiagnosticLevel.Error, "Path template is malformed", "Path '{0}' is malformed: {1}");

    public static readonly DiagnosticEntry LanguageVersionTooLow = Entries.Define(
        "ODG1015", DiagnosticLevel.Error, "C# 11 or later is needed",
        "The generated code needs C# 11 or later (required members make incomplete token requests a compile error); this project uses C# {0}. Set <LangVersion>11</LangVersion> or later.");

    public static readonly DiagnosticEntry PathTooLong = Entries.Define(
        "ODG1016", DiagnosticLevel.Error, "Path template is too long", "Path '{0}' is too long: {1}");

    public static readonly DiagnosticEntry NotAnAllowedValue = Entries.Define(
        "ODG1017", DiagnosticLevel.Error, "Value is not one of the allowed values", "'{0}' is not a valid {1}; expected one of {2}{3}");

    public static readonly DiagnosticEntry UnknownField = Entries.Define(
        "ODG1018", DiagnosticLevel.Error, "Grant names an undeclared field", "Field '{0}' is not declared in auth.fields{1}");

    public static readonly DiagnosticEntry UnknownGrant = Entries.Define(
        "ODG1019", DiagnosticLevel.Error, "Token endpoint names an undeclared grant", "Grant '{0}' is not declared in auth.grants{1}");

    public static readonly DiagnosticEntry UnknownAuthVariable = Entries.Define(
        "ODG1020", DiagnosticLevel.Error, "URL names an undeclared auth variable", "Variable '{0}' is not declared in auth.variables{1}");

    public static readonly DiagnosticEntry UnknownQueryParameter = Entries.Define(
        "ODG1021", DiagnosticLevel.Error, "Endpoint names an undeclared query parameter", "Query parameter '{0}' is not declared in queryParameters{1}");

    public static readonly DiagnosticEntry UnknownPathPrefix = Entries.Define(
        "ODG1022", DiagnosticLevel.Error, "Endpoint names an undeclared path prefix", "Path prefix '{0}' is not declared in pathPrefixes{1}");

    public static readonly DiagnosticEntry InvalidMessageProperty = Entries.Define(
        "ODG1023", DiagnosticLevel.Error, "Error message does not name a string property",
        "Message property '{0}' does not name a string property; name one through model properties, such as 'error.message'");

    public static readonly DiagnosticEntry JsonTokenRequest = Entries.Define(
        "ODG1024", DiagnosticLevel.Error, "Token requests are not form-urlencoded",
        "contentType '{0}' cannot be used: token requests are sent as application/x-www-form-urlencoded (RFC 6749 §4.1.3); identity endpoints do not read JSON bodies");

    public static readonly DiagnosticEntry UrlStartsWithSegment = Entries.Define(
        "ODG1025", DiagnosticLevel.Error, "Auth URL does not start with a host",
        "'{0}' must start with a host or a 'baseUrl' variable, not '{{{1}}}'");

    public static readonly DiagnosticEntry NotAnAbsoluteUrl = Entries.Define(
        "ODG1026", DiagnosticLevel.Error, "URL is not absolute", "'{0}' is not an absolute URL with a host, such as {1}");

    public static readonly DiagnosticEntry BodyNotAllowed = Entries.Define(
        "ODG1027", DiagnosticLevel.Error, "Request body on a method that has none", "A {0} request has no body; remove \"body\" or use POST, PUT or PATCH");

    public static readonly DiagnosticEntry ParameterTypeMisplaced = Entries.Define(
        "ODG1028", DiagnosticLevel.Error, "Path parameter type does not fit where it is used", "Path '{0}': {1}");

    /// <summary>Every code, in order.</summary>
    public static IReadOnlyList<DiagnosticEntry> All => Entries;
}
