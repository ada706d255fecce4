using System;
using System.Collections.Generic;

namespace OneDriveGen.Runtime.Configuration;

/// <summary>Where refreshes go.</summary>
public enum RefreshEndpoint
{
    /// <summary>The Microsoft identity platform: {AuthorityHost}/{Tenant}/oauth2/v2.0/token.</summary>
    V2,

    /// <summary>The legacy Microsoft account endpoint: {LiveHost}/oauth20_token.srf (its response adds user_id).</summary>
    Live,
}

/// <summary>The settings of a OneDrive integration, bound from the configuration section <c>OneDrive</c>.</summary>
public sealed class OneDriveOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "OneDrive";

    /// <summary>The application (client) ID of the app registration.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The client secret's value, for a confidential (web) client; absent for a public client, which never sends one.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>common, organizations, consumers, or a tenant ID or domain.</summary>
    public string Tenant { get; set; } = "common";

    /// <summary>The redirect URI registered for the app; for a CLI, http://localhost (any port).</summary>
    public string RedirectUri { get; set; } = "http://localhost";

    /// <summary>Space-separated scopes; offline_access is needed for a refresh token.</summary>
    public string Scopes { get; set; } = "offline_access files.readwrite.all";

    /// <summary>The identity platform host (national clouds, the emulator).</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Where refreshes go: v2 (default) or the legacy live endpoint.</summary>
    public RefreshEndpoint RefreshEndpoint { get; set; } = RefreshEndpoint.V2;

    /// <summary>The legacy Microsoft account host.</summary>
    public string LiveHost { get; set; } = "https://login.live.com";

    /// <summary>The Microsoft Graph base URL.</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// Origins besides the Graph base URL's that may receive the access token (https://host[:port]), such as a proxy
    /// in front of Graph. Empty by default: nothing the service hands back (links, download and upload URLs) gets it.
    /// </summary>
    public IList<string> TrustedTokenOrigins { get; set; } = new List<string>();

    /// <summary>Where a CLI or desktop app keeps its tokens between runs (protected, owner-only).</summary>
    public string? TokenCachePath { get; set; }

    /// <summary>How long before expiry an access token is refreshed.</summary>
    public TimeSpan RefreshSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether the app is a confidential client (it has a secret).</summary>
    public bool IsConfidential => !string.IsNullOrEmpty(ClientSecret);

    /// <summary>The scopes as a list.</summary>
    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The configuration problems, each with its ODG3xxx code; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate() => OneDriveOptionsValidator.Validate(this);

    /// <inheritdoc />
    public override string ToString() =>
        $"OneDriveOptions {{ ClientId = {ClientId}, ClientSecret = {(IsConfidential ? "[redacted]" : "(none: public client)")}, Tenant = {Tenant}, RedirectUri = {RedirectUri}, Scopes = {Scopes}, AuthorityHost = {AuthorityHost}, RefreshEndpoint = {RefreshEndpoint}, GraphBaseUrl = {GraphBaseUrl} }}";
}
