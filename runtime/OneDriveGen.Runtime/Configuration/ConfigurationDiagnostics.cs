using System.Collections.Generic;
using OneDriveGen.Common.Diagnostics;

namespace OneDriveGen.Runtime.Configuration;

/// <summary>
/// The ODG3xxx catalog: every start-up check of <see cref="OneDriveOptions"/>, one rule per code, all errors (a
/// start-up problem stops the host). Each code has a page under docs/diagnostics/ and a row in its index; a test
/// holds them to this list.
/// </summary>
internal static class ConfigurationDiagnostics
{
    // Declared first: the fields below add themselves in order as the class initialises.
    private static readonly DiagnosticList Entries = new();

    public static readonly DiagnosticEntry ClientIdNotGuid = Entries.Define(
        "ODG3001", DiagnosticLevel.Error, "ClientId is not a GUID",
        "OneDrive:ClientId must be the app registration's Application (client) ID, a GUID; got '{0}'.");

    public static readonly DiagnosticEntry HostNotHttps = Entries.Define(
        "ODG3002", DiagnosticLevel.Error, "A host is not https",
        "OneDrive:{0} must be an absolute https URL (http only for a loopback emulator); got '{1}'.");

    public static readonly DiagnosticEntry RedirectUnusable = Entries.Define(
        "ODG3003", DiagnosticLevel.Error, "The redirect URI cannot be used",
        "OneDrive:RedirectUri must be https, or http://localhost / http://127.0.0.1 for a loopback receiver; got '{0}'.");

    public static readonly DiagnosticEntry TenantUnusable = Entries.Define(
        "ODG3004", DiagnosticLevel.Error, "The tenant is not usable",
        "OneDrive:Tenant must be common, organizations, consumers, a tenant ID or a domain; got '{0}'.");

    public static readonly DiagnosticEntry NoOfflineAccess = Entries.Define(
        "ODG3005", DiagnosticLevel.Error, "offline_access is missing",
        "OneDrive:Scopes lacks offline_access, so no refresh token will be issued and the user must sign in again every hour.");

    public static readonly DiagnosticEntry RefreshSkewOutOfRange = Entries.Define(
        "ODG3006", DiagnosticLevel.Error, "The refresh skew is out of range",
        "OneDrive:RefreshSkew must be between 0 and 30 minutes; got {0}.");

    public static readonly DiagnosticEntry TrustedOriginNotAnOrigin = Entries.Define(
        "ODG3007", DiagnosticLevel.Error, "A trusted token origin is not an origin",
        "OneDrive:TrustedTokenOrigins must hold origins only (https://host[:port], http only for loopback, nothing after the port); got '{0}'.");

    /// <summary>Every code, in order.</summary>
    public static IReadOnlyList<DiagnosticEntry> All => Entries;

    /// <summary>The problem as the options report it: <c>ODG3001: message</c>.</summary>
    public static string Problem(this DiagnosticEntry entry, params object[] arguments) =>
        entry.Code + ": " + entry.Format(arguments);
}
