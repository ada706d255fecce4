using System;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Generated;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// The Microsoft identity platform's URLs for the configured authority, tenant and Live host: the same URLs the
/// shipped spec's auth section describes (an integration test compares them with the generated ones).
/// </summary>
internal static class IdentityEndpoints
{
    /// <summary>{AuthorityHost}/{Tenant}/oauth2/v2.0/authorize.</summary>
    public static string Authorize(OneDriveOptions options) => V2Base(options) + "/oauth2/v2.0/authorize";

    /// <summary>{AuthorityHost}/{Tenant}/oauth2/v2.0/token.</summary>
    public static Uri V2Token(OneDriveOptions options) => new(V2Base(options) + "/oauth2/v2.0/token");

    /// <summary>{AuthorityHost}/{Tenant}/oauth2/v2.0/devicecode, the device authorization endpoint.</summary>
    public static Uri DeviceCode(OneDriveOptions options) => new(V2Base(options) + "/oauth2/v2.0/devicecode");

    /// <summary>{LiveHost}/oauth20_token.srf, the legacy endpoint whose answer adds user_id.</summary>
    public static Uri LiveToken(OneDriveOptions options) => new(AuthUrl.RequireBaseUrl(options.LiveHost, "liveHost") + "/oauth20_token.srf");

    /// <summary>Where refreshes go, as configured.</summary>
    public static Uri RefreshToken(OneDriveOptions options) =>
        options.RefreshEndpoint == RefreshEndpoint.Live ? LiveToken(options) : V2Token(options);

    private static string V2Base(OneDriveOptions options) =>
        string.Concat(AuthUrl.RequireBaseUrl(options.AuthorityHost, "authorityHost"), "/", AuthUrl.EscapeSegment(options.Tenant, "tenant"));
}
