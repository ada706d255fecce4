using System.Collections.Generic;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Build;

/// <summary>The app-registration settings of one project, each with the place it was set.</summary>
internal sealed class AppRegistrationSettings
{
    public AppRegistrationSettings(Setting clientId, Setting tenant, IReadOnlyList<Setting> redirectUris, Setting scopes, Setting clientType, SourceLocation project, IReadOnlyList<ConfigFileSettings>? configFiles = null)
    {
        ConfigFiles = configFiles ?? new List<ConfigFileSettings>();
        ClientId = clientId;
        Tenant = tenant;
        RedirectUris = redirectUris;
        Scopes = scopes;
        ClientType = clientType;
        Project = project;
    }

    public Setting ClientId { get; }

    /// <summary><c>$(OneDriveAuthorityHost)</c>, blank for the default (login.microsoftonline.com).</summary>
    public Setting AuthorityHost { get; init; } = new(AppRegistrationProperties.AuthorityHost, string.Empty, default);

    /// <summary><c>$(OneDriveRefreshEndpoint)</c>: <c>v2</c> (also when blank) or <c>live</c>.</summary>
    public Setting RefreshEndpoint { get; init; } = new(AppRegistrationProperties.RefreshEndpoint, string.Empty, default);

    public Setting Tenant { get; }

    public IReadOnlyList<Setting> RedirectUris { get; }

    /// <summary>Space- or semicolon-separated scopes, as in the authorize URL.</summary>
    public Setting Scopes { get; }

    /// <summary><c>public</c> or <c>confidential</c>.</summary>
    public Setting ClientType { get; }

    /// <summary><c>$(OneDriveSignInAudience)</c> (or <c>SignInAudience</c> in appsettings), blank when not stated.</summary>
    public Setting SignInAudience { get; init; } = new(AppRegistrationProperties.SignInAudience, string.Empty, default);

    /// <summary><c>$(OneDriveClientSecretExpires)</c>: when the app's client secret expires, as yyyy-MM-dd.</summary>
    public Setting ClientSecretExpires { get; init; } = new(AppRegistrationProperties.ClientSecretExpires, string.Empty, default);

    /// <summary><c>$(OneDriveDeviceCodeFlow)</c>: whether the app uses the device code flow.</summary>
    public Setting DeviceCodeFlow { get; init; } = new(AppRegistrationProperties.DeviceCodeFlow, string.Empty, default);

    /// <summary><c>$(OneDriveAllowPublicClientFlows)</c>: the registration's "Allow public client flows".</summary>
    public Setting AllowPublicClientFlows { get; init; } = new(AppRegistrationProperties.AllowPublicClientFlows, string.Empty, default);

    /// <summary>Whether the project has a <c>UserSecretsId</c>, where a confidential client's secret can live.</summary>
    public bool HasUserSecrets { get; init; }

    /// <summary>Secret-like values written in the project file itself.</summary>
    public ProjectFileSecrets ProjectSecrets { get; init; } = ProjectFileSecrets.None;

    /// <summary>When the build runs, for secret expiry.</summary>
    public System.DateTime Today { get; init; } = System.DateTime.UtcNow.Date;

    /// <summary>The endpoints of the project's spec files, with the scopes each needs.</summary>
    public IReadOnlyList<SpecEndpoint> SpecEndpoints { get; init; } = new List<SpecEndpoint>();

    /// <summary>The appsettings*.json files read, for the rules that look inside them (secrets).</summary>
    public IReadOnlyList<ConfigFileSettings> ConfigFiles { get; }

    /// <summary>Whether the app is a public client (desktop, mobile, CLI), which must never hold a secret.</summary>
    public bool IsPublicClient => !ClientTypes.IsConfidential(ClientType.Value);

    /// <summary>The stated sign-in audience, or null when none is stated.</summary>
    public SignInAudience? Audience => SignInAudienceNames.Parse(SignInAudience.Value);

    /// <summary>
    /// Whether personal Microsoft accounts can sign in: from the stated audience, or else from the tenant
    /// (blank, common and consumers admit them).
    /// </summary>
    public bool AdmitsPersonalAccounts => Audience switch
    {
        Common.Registration.SignInAudience.AzureADandPersonalMicrosoftAccount or Common.Registration.SignInAudience.PersonalMicrosoftAccount => true,
        Common.Registration.SignInAudience.AzureADMyOrg or Common.Registration.SignInAudience.AzureADMultipleOrgs => false,
        _ => Tenant.IsBlank || Tenant.Value.Trim().Equals("common", System.StringComparison.OrdinalIgnoreCase) || Tenant.Value.Trim().Equals("consumers", System.StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>Whether only work and school accounts can sign in (stated, or a tenant that admits only them).</summary>
    public bool AdmitsOnlyWorkAccounts => Audience switch
    {
        Common.Registration.SignInAudience.AzureADMyOrg or Common.Registration.SignInAudience.AzureADMultipleOrgs => true,
        null => !Tenant.IsBlank && !AdmitsPersonalAccounts,
        _ => false,
    };

    /// <summary>The project itself, for findings about a setting that is missing altogether.</summary>
    public SourceLocation Project { get; }

    public IEnumerable<string> ScopeList() =>
        Scopes.Value.Split(new[] { ' ', ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries);
}
