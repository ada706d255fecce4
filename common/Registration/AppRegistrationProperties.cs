namespace OneDriveGen.Common.Registration;

/// <summary>
/// The MSBuild properties that describe the app registration, by name: the build task validates them and the
/// generator bakes them into the generated <c>AppRegistration</c> class (the package's props make them
/// <c>CompilerVisibleProperty</c>).
/// </summary>
internal static class AppRegistrationProperties
{
    public const string ClientId = "OneDriveClientId";
    public const string Tenant = "OneDriveTenant";
    public const string RedirectUri = "OneDriveRedirectUri";
    public const string Scopes = "OneDriveScopes";
    public const string ClientType = "OneDriveClientType";
    public const string SignInAudience = "OneDriveSignInAudience";
    public const string AuthorityHost = "OneDriveAuthorityHost";
    public const string LiveHost = "OneDriveLiveHost";
    public const string RefreshEndpoint = "OneDriveRefreshEndpoint";
    public const string ClientSecretExpires = "OneDriveClientSecretExpires";
    public const string DeviceCodeFlow = "OneDriveDeviceCodeFlow";
    public const string AllowPublicClientFlows = "OneDriveAllowPublicClientFlows";

    /// <summary>The common prefix; the generator reads <c>build_property.</c> + a name.</summary>
    public const string Prefix = "OneDrive";
}

/// <summary>The two client types: a public client (desktop, mobile, CLI) keeps no secret, a confidential one does.</summary>
internal static class ClientTypes
{
    public const string Public = "public";
    public const string Confidential = "confidential";

    /// <summary>Blank or anything but <c>confidential</c> is a public client.</summary>
    public static bool IsConfidential(string? value) =>
        value is not null && value.Trim().Equals(Confidential, System.StringComparison.OrdinalIgnoreCase);
}
