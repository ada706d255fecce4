using System;

namespace OneDriveGen.Common.Registration;

/// <summary>
/// Where refresh tokens are redeemed, spelled the same in MSBuild (<c>OneDriveRefreshEndpoint</c>) and in
/// configuration (<c>OneDrive:RefreshEndpoint</c>, the runtime's <c>RefreshEndpoint</c> enum): <c>v2</c> or
/// <c>live</c>, case-insensitive. The host of each comes from its own setting (authority host, Live host).
/// </summary>
internal static class RefreshEndpoints
{
    /// <summary>The Microsoft identity platform's v2.0 token endpoint: the default, for every account type.</summary>
    public const string V2 = "v2";

    /// <summary>The legacy Live endpoint, <c>oauth20_token.srf</c>: personal accounts only; its answer adds <c>user_id</c>.</summary>
    public const string Live = "live";

    /// <summary>Every accepted value, for messages.</summary>
    public static readonly string[] All = { V2, Live };

    /// <summary>The canonical value of <paramref name="value"/>, or null when it is none of them.</summary>
    public static string? Parse(string value) =>
        Array.Find(All, v => v.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
}
