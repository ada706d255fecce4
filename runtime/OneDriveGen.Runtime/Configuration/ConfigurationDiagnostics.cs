using System.Collections.Generic;
using OneDriveGen.Common.Diagnostics;

namespace OneDriveGen.Runtime.Configuration;

/// <summary>
/// The ODG3xxx catalog: every start-up check of <see cref="OneDriveOptions"/>, one rule per code. Each code has a
/// page under docs/diagnostics/ and a row in its index; a test holds them to this list.
/// </summary>
internal static class ConfigurationDiagnostics
{
    // Declared first: the fields below add themselves in order as the class initialises.
    private static readonly List<DiagnosticEntry> Entries = new();

    public static readonly DiagnosticEntry ClientIdNotGuid = Define(
        "ODG3001", "ClientId is not a GUID",
        "OneDrive:ClientId must be the app registration's Application (client) ID, a GUID; got '{0}'.");

    public static readonly DiagnosticEntry HostNotHttps = Define(
        "ODG3002", "A host is not https",
        "OneDrive:{0} must be an absolute https URL (http only for a loopback emulator); got '{1}'.");

    public static readonly DiagnosticEntry RedirectUnusable = Define(
        "ODG3003", "The redirect URI cannot be used",
        "OneDrive:RedirectUri must be https, or http://localhost / http://127.0.0.1 for a loopback receiver; got '{0}'.");

    public static readonly DiagnosticEntry TenantUnusable = Define(
        "ODG3004", "The tenant is not usable",
        "OneDrive:Tenant must be common, organizations, consumers, a tenant ID or a domain; got '{0}'.");

    public static readonly DiagnosticEntry NoOfflineAccess = Define(
        "ODG3005", "offline_access is missing",
        "OneDrive:Scopes lacks offline_access, so no refresh token will be issued and the user must sign in again every hour.");

    public static readonly DiagnosticEntry RefreshSkewOutOfRange = Define(
        "ODG3006", "The refresh skew is out of range",
        "OneDrive:RefreshSkew must be between 0 and 30 minutes; got {0}.");

    public static readonly DiagnosticEntry TrustedOriginNotAnOrigin = Define(
        "ODG3007", "A trusted token origin is not an origin",
        "OneDrive:TrustedTokenOrigins must hold origins only (https://host[:port], http only for loopback, nothing after the port); got '{0}'.");

    /// <summary>Every code, in order.</summary>
    public static IReadOnlyList<DiagnosticEntry> All => Entries;

    /// <summary>The problem as the options report it: <c>ODG3001: message</c>.</summary>
    public static string Problem(this DiagnosticEntry entry, params object[] arguments) =>
        entry.Code + ": " + entry.Format(arguments);

    // Every start-up problem stops the host: there is no level but error in this band.
    private static DiagnosticEntry Define(string code, string title, string message)
    {
        var entry = new DiagnosticEntry(code, DiagnosticLevel.Error, title, message);
        Entries.Add(entry);
        return entry;
    }
}
