using System;
using System.Linq;

namespace OneDriveGen.Build;

/// <summary>Composes the v2.0 authorize URL of the configured app, each parameter escaped.</summary>
internal static class AuthorizeUrlComposer
{
    private const string DefaultHost = "https://login.microsoftonline.com";

    public static string Compose(AppRegistrationSettings settings)
    {
        var host = settings.AuthorityHost.IsBlank ? DefaultHost : settings.AuthorityHost.Value.Trim().TrimEnd('/');
        var tenant = settings.Tenant.IsBlank ? "common" : settings.Tenant.Value.Trim();
        var redirect = settings.RedirectUris.FirstOrDefault()?.Value.Trim() ?? "http://localhost";
        var scopes = string.Join(" ", settings.ScopeList());
        return host + "/" + Uri.EscapeDataString(tenant) + "/oauth2/v2.0/authorize"
            + "?client_id=" + Uri.EscapeDataString(settings.ClientId.Value.Trim())
            + "&response_type=code"
            + "&redirect_uri=" + Uri.EscapeDataString(redirect)
            + "&response_mode=query"
            + "&scope=" + Uri.EscapeDataString(scopes);
    }
}
