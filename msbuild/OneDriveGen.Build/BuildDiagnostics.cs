using System.Collections.Generic;
using OneDriveGen.Common.Diagnostics;

namespace OneDriveGen.Build;

/// <summary>
/// The ODG2xxx catalog: every diagnostic of the build (the app-registration task and the package's targets), one
/// rule per code. Each code has a page under docs/diagnostics/ and a row in its index; tests hold them to this list.
/// </summary>
internal static class BuildDiagnostics
{
    // Declared first: the fields below add themselves in order as the class initialises.
    private static readonly DiagnosticList Entries = new();

    public static readonly DiagnosticEntry TaskFailed = Entries.Define(
        "ODG2000", DiagnosticLevel.Error, "The build task failed unexpectedly",
        "OneDriveGen's {0} task failed unexpectedly ({1}). Set OneDriveValidation=false to build meanwhile, and report it.");

    public static readonly DiagnosticEntry ClientIdMissing = Entries.Define(
        "ODG2001", DiagnosticLevel.Error, "The client ID is not set",
        "OneDriveClientId is not set: copy the 'Application (client) ID' of the app registration into it.");

    public static readonly DiagnosticEntry ClientIdNotGuid = Entries.Define(
        "ODG2002", DiagnosticLevel.Error, "The client ID is not a GUID",
        "{0} '{1}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the 'Application (client) ID', not the object ID or the display name.");

    public static readonly DiagnosticEntry ClientIdPlaceholder = Entries.Define(
        "ODG2003", DiagnosticLevel.Warning, "The client ID is a documentation placeholder",
        "{0} '{1}' is a placeholder from the documentation, not a registered app.");

    public static readonly DiagnosticEntry TenantNotAccepted = Entries.Define(
        "ODG2010", DiagnosticLevel.Error, "The tenant is not one the identity platform accepts",
        "{0} '{1}' is not 'common', 'organizations', 'consumers', a tenant GUID or a domain name such as contoso.onmicrosoft.com.");

    public static readonly DiagnosticEntry TenantDoesNotFitAudience = Entries.Define(
        "ODG2011", DiagnosticLevel.Error, "The tenant does not fit the sign-in audience",
        "Tenant '{0}' cannot be used with sign-in audience {1}: {2}");

    public static readonly DiagnosticEntry UnknownSignInAudience = Entries.Define(
        "ODG2012", DiagnosticLevel.Error, "The sign-in audience is not one Microsoft knows",
        "{0} '{1}' is not a sign-in audience; use one of {2}.");

    public static readonly DiagnosticEntry UnknownClientType = Entries.Define(
        "ODG2013", DiagnosticLevel.Error, "The client type is not public or confidential",
        "OneDriveClientType '{0}' is not 'public' (desktop, mobile, CLI) or 'confidential' (web app with a secret). App-only (daemon) access is not supported: OneDrive's /me/drive needs a signed-in user.");

    public static readonly DiagnosticEntry AuthorityNotHttps = Entries.Define(
        "ODG2020", DiagnosticLevel.Error, "An authority or token endpoint is not an absolute https URI",
        "{0} '{1}' is not an absolute https URI (http is accepted only for a loopback emulator).");

    public static readonly DiagnosticEntry AuthorityHostUnknown = Entries.Define(
        "ODG2021", DiagnosticLevel.Warning, "The authority host is not a Microsoft identity platform host",
        "{0} host '{1}' is not a Microsoft identity platform host (such as login.microsoftonline.com); check it for a typo.");

    public static readonly DiagnosticEntry V1TokenEndpoint = Entries.Define(
        "ODG2022", DiagnosticLevel.Error, "A v1.0 token endpoint is configured",
        "{0} '{1}' is the v1.0 endpoint, which takes 'resource=' instead of scopes and cannot redeem v2.0 codes; use https://login.microsoftonline.com/{{tenant}}/oauth2/v2.0/token.");

    public static readonly DiagnosticEntry LegacyLiveEndpoint = Entries.Define(
        "ODG2023", DiagnosticLevel.Warning, "A legacy Live token endpoint is configured",
        "{0} '{1}' is the legacy Live endpoint; use the Microsoft identity platform v2.0 endpoint (OneDriveRefreshEndpoint 'v2', https://login.microsoftonline.com/{{tenant}}/oauth2/v2.0/token), which also refreshes personal-account tokens.");

    public static readonly DiagnosticEntry RefreshEndpointUnknown = Entries.Define(
        "ODG2027", DiagnosticLevel.Error, "The refresh endpoint is not v2 or live",
        "OneDriveRefreshEndpoint '{0}' is not one of {1}{2}.");

    public static readonly DiagnosticEntry AuthorityWithInstance = Entries.Define(
        "ODG2024", DiagnosticLevel.Warning, "Authority is set together with Instance or TenantId",
        "{0} sets Authority together with Instance or TenantId; they are mutually exclusive, so set Instance and TenantId only.");

    public static readonly DiagnosticEntry BuildPropertyOverridesConfig = Entries.Define(
        "ODG2025", DiagnosticLevel.Warning, "A build property overrides a configuration file",
        "{0} sets {1} '{2}', but the build property {3} '{4}' overrides it; remove one.");

    public static readonly DiagnosticEntry LegacyLiveScope = Entries.Define(
        "ODG2026", DiagnosticLevel.Warning, "A legacy Live scope is configured",
        "Scope '{0}' is a legacy Live Connect / OneDrive API scope; use the Microsoft Graph equivalent (Files.Read, Files.ReadWrite, Files.ReadWrite.All).");

    public static readonly DiagnosticEntry RedirectNotAbsolute = Entries.Define(
        "ODG2030", DiagnosticLevel.Error, "A redirect URI is not absolute",
        "Redirect URI '{0}' is not an absolute URI (scheme://host/path).");

    public static readonly DiagnosticEntry RedirectHttpNotLoopback = Entries.Define(
        "ODG2031", DiagnosticLevel.Error, "A redirect URI uses http for a host that is not loopback",
        "Redirect URI '{0}' uses http for a host that is not loopback; only http://localhost and http://127.0.0.1 may use http, everything else needs https.");

    public static readonly DiagnosticEntry RedirectTooLong = Entries.Define(
        "ODG2032", DiagnosticLevel.Error, "A redirect URI is longer than 256 characters",
        "Redirect URI is {0} characters long; Microsoft accepts at most {1}.");

    public static readonly DiagnosticEntry RedirectWildcard = Entries.Define(
        "ODG2033", DiagnosticLevel.Error, "A redirect URI contains a wildcard",
        "Redirect URI '{0}' contains a wildcard '*', which Microsoft refuses for apps that sign in personal accounts.");

    public static readonly DiagnosticEntry RedirectFragment = Entries.Define(
        "ODG2034", DiagnosticLevel.Error, "A redirect URI has a fragment",
        "Redirect URI '{0}' has a fragment ('#…'); the code arrives in the query and a fragment is not allowed.");

    public static readonly DiagnosticEntry RedirectQuery = Entries.Define(
        "ODG2035", DiagnosticLevel.Error, "A redirect URI has a query string",
        "Redirect URI '{0}' has a query string, which Microsoft refuses for apps that sign in personal accounts; carry state in the 'state' parameter instead.");

    public static readonly DiagnosticEntry RedirectRefusedCharacter = Entries.Define(
        "ODG2036", DiagnosticLevel.Error, "A redirect URI contains a refused character",
        "Redirect URI '{0}' contains one of the characters ! $ ' ( ) , ; that app registrations refuse.");

    public static readonly DiagnosticEntry RedirectOutOfBand = Entries.Define(
        "ODG2037", DiagnosticLevel.Warning, "The out-of-band redirect URI is used",
        "Redirect URI '{0}' is the retired out-of-band flow; desktop apps use a loopback redirect (http://127.0.0.1) that the runtime listens on.");

    public static readonly DiagnosticEntry RedirectIpv6Loopback = Entries.Define(
        "ODG2038", DiagnosticLevel.Error, "A redirect URI uses the IPv6 loopback",
        "Redirect URI '{0}' uses the IPv6 loopback [::1], which Microsoft does not accept; use http://127.0.0.1.");

    public static readonly DiagnosticEntry RedirectLocalhost = Entries.Define(
        "ODG2039", DiagnosticLevel.Message, "localhost is used where 127.0.0.1 is preferred",
        "Redirect URI '{0}' uses localhost; http://127.0.0.1 is preferred, as localhost can resolve to an address the loopback listener is not bound to.");

    public static readonly DiagnosticEntry RedirectPortOnly = Entries.Define(
        "ODG2040", DiagnosticLevel.Warning, "Loopback redirect URIs differ only by port",
        "Redirect URI '{0}' differs from another only by its port; Microsoft ignores loopback ports when matching, so list it once (the port is chosen at run time).");

    public static readonly DiagnosticEntry TooManyRedirects = Entries.Define(
        "ODG2041", DiagnosticLevel.Error, "Too many redirect URIs",
        "{0} redirect URIs are configured; an app registration holds at most {1}{2}.");

    public static readonly DiagnosticEntry CallbackPathCase = Entries.Define(
        "ODG2042", DiagnosticLevel.Warning, "CallbackPath differs only in case from a redirect URI",
        "CallbackPath '{0}' differs only in case from the path of a configured redirect URI; Microsoft compares paths case-sensitively (AADSTS50011).");

    public static readonly DiagnosticEntry PublicClientWebRedirect = Entries.Define(
        "ODG2043", DiagnosticLevel.Error, "A public client redirects to a web address",
        "Redirect URI '{0}' is a web address, but a public client receives the code on its own loopback listener: use http://127.0.0.1 (or set OneDriveClientType to 'confidential' for a web app).");

    public static readonly DiagnosticEntry DeviceCodeNeedsPublicClient = Entries.Define(
        "ODG2044", DiagnosticLevel.Error, "The device code flow needs a public client",
        "OneDriveDeviceCodeFlow is true but OneDriveClientType is 'confidential': the device code flow signs users in on a machine that keeps no secret, so the identity platform runs it for public clients only. Use a public client registration for the device (or the web redirect for the web app).");

    public static readonly DiagnosticEntry DeviceCodeNeedsPublicClientFlows = Entries.Define(
        "ODG2045", DiagnosticLevel.Warning, "The device code flow needs 'Allow public client flows'",
        "OneDriveDeviceCodeFlow is true but OneDriveAllowPublicClientFlows is not: without 'Allow public client flows' in the registration (Authentication page, Advanced settings) every device code sign-in fails with AADSTS7000218. Turn it on, then set OneDriveAllowPublicClientFlows to true.");

    public static readonly DiagnosticEntry NoScopes = Entries.Define(
        "ODG2050", DiagnosticLevel.Error, "No scopes are configured",
        "OneDriveScopes is empty: request at least one Files scope, for example 'offline_access Files.ReadWrite.All'.");

    public static readonly DiagnosticEntry DefaultScopeCombined = Entries.Define(
        "ODG2051", DiagnosticLevel.Error, "`.default` is combined with other scopes",
        "'.default' asks for every permission the registration was granted, so it cannot be combined with other resource scopes (AADSTS70011); keep '.default' alone or list the scopes.");

    public static readonly DiagnosticEntry ScopesSpanResources = Entries.Define(
        "ODG2052", DiagnosticLevel.Error, "The scopes span more than one resource",
        "The scopes name {0} resources ({1}), but one token is for one resource (AADSTS28000); request Microsoft Graph scopes only.");

    public static readonly DiagnosticEntry NoOfflineAccess = Entries.Define(
        "ODG2053", DiagnosticLevel.Warning, "offline_access is missing",
        "OneDriveScopes has no 'offline_access', so no refresh token is issued and the user signs in again every hour.");

    public static readonly DiagnosticEntry UnknownScope = Entries.Define(
        "ODG2054", DiagnosticLevel.Warning, "A scope is not one Microsoft Graph knows",
        "Scope '{0}' is not a Microsoft Graph scope an OneDrive app uses{1}");

    public static readonly DiagnosticEntry WorkOnlyScope = Entries.Define(
        "ODG2055", DiagnosticLevel.Warning, "A work-only scope with personal accounts",
        "Scope '{0}' is available to work and school accounts only, but personal Microsoft accounts can sign in to this app; they will not be granted it.");

    public static readonly DiagnosticEntry AppFolderForWork = Entries.Define(
        "ODG2056", DiagnosticLevel.Warning, "AppFolder scope for work accounts only",
        "Scope 'Files.ReadWrite.AppFolder' is documented for personal Microsoft accounts, and its support for work and school accounts is inconsistent; this app admits only work and school accounts, so test it against a real tenant or use Files.ReadWrite.");

    public static readonly DiagnosticEntry ScopeCasing = Entries.Define(
        "ODG2059", DiagnosticLevel.Detail, "A scope's casing differs from Microsoft's",
        "Scope '{0}' is spelled '{1}' by Microsoft Graph; scopes compare case-insensitively, so this only matters for consistency.");

    public static readonly DiagnosticEntry SecretOnPublicClient = Entries.Define(
        "ODG2060", DiagnosticLevel.Error, "A client secret is configured for a public client",
        "{0} configures a client secret, but the app is a public client (OneDriveClientType is not 'confidential'); a desktop or mobile app cannot keep a secret and must not send one.");

    public static readonly DiagnosticEntry NoCredential = Entries.Define(
        "ODG2061", DiagnosticLevel.Warning, "A confidential client has no credential the build can see",
        "The app is a confidential client but no credential is configured where the build can see it (no ClientSecret or ClientCredentials in appsettings, no UserSecretsId); code redemption will fail with AADSTS7000218. If the secret comes from an environment variable or a vault, suppress ODG2061 with NoWarn.");

    public static readonly DiagnosticEntry TwoCredentials = Entries.Define(
        "ODG2062", DiagnosticLevel.Error, "More than one kind of credential",
        "{0} sets both ClientSecret and ClientCredentials; configure one credential, in ClientCredentials.");

    public static readonly DiagnosticEntry EntraSecretCommitted = Entries.Define(
        "ODG2063", DiagnosticLevel.Error, "A Microsoft Entra client secret is committed",
        "{0} holds a Microsoft Entra client secret. Committed secrets leak: rotate it, then keep it in user-secrets or an environment variable.");

    public static readonly DiagnosticEntry SecretLikeValueCommitted = Entries.Define(
        "ODG2064", DiagnosticLevel.Warning, "A value under a secret-like key is committed",
        "{0} holds a value under a secret-like key. Keep secrets in user-secrets or environment variables, not in committed files.");

    public static readonly DiagnosticEntry SecretLooksLikeId = Entries.Define(
        "ODG2065", DiagnosticLevel.Warning, "The client secret looks like the secret's ID",
        "The client secret in {0} is shaped like a GUID: that is probably the secret's ID, not its value, which is shown only once when the secret is created.");

    public static readonly DiagnosticEntry SecretExpiring = Entries.Define(
        "ODG2066", DiagnosticLevel.Warning, "The client secret is expired or expiring",
        "The client secret {0}.");

    public static readonly DiagnosticEntry TooManySecretsForPersonal = Entries.Define(
        "ODG2067", DiagnosticLevel.Message, "More than two client secrets for personal accounts",
        "{0} client secrets are listed; an app registration that admits personal accounts holds at most two.");

    public static readonly DiagnosticEntry SecretExpiryNotADate = Entries.Define(
        "ODG2068", DiagnosticLevel.Warning, "The client secret's expiry is not a date",
        "{0} '{1}' is not a date in the form yyyy-MM-dd, so the secret's expiry cannot be checked.");

    public static readonly DiagnosticEntry ScopeMissingForEndpoint = Entries.Define(
        "ODG2070", DiagnosticLevel.Error, "An endpoint needs a scope the configuration does not grant",
        "Endpoint '{0}' ({1}) needs one of {2}, which OneDriveScopes does not grant; add {3}.");

    public static readonly DiagnosticEntry ScopeWiderThanNeeded = Entries.Define(
        "ODG2071", DiagnosticLevel.Message, "A scope is wider than the endpoints need",
        "Scope '{0}' grants more than the project's endpoints need; '{1}' allows all of them (least privilege: users consent more readily to less).");

    public static readonly DiagnosticEntry ConfigFileUnreadable = Entries.Define(
        "ODG2090", DiagnosticLevel.Warning, "A configuration file cannot be read",
        "{0} cannot be read{1}, so its OneDrive settings were not checked: {2}");

    public static readonly DiagnosticEntry NothingGenerated = Entries.Define(
        "ODG2098", DiagnosticLevel.Detail, "Nothing generated in this project",
        "OneDriveGen generates nothing in this project (OneDriveGenerate={0}): it uses the client of the project it references. Set OneDriveGenerate=true to generate one here.");

    public static readonly DiagnosticEntry ValidationSkipped = Entries.Define(
        "ODG2099", DiagnosticLevel.Detail, "Validation was skipped",
        "OneDrive app-registration validation skipped (OneDriveValidation={0}, DesignTimeBuild={1}).");

    /// <summary>Every code, in order.</summary>
    public static IReadOnlyList<DiagnosticEntry> All => Entries;
}
