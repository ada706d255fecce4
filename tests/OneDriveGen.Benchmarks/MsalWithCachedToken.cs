using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// An MSAL.NET public client whose user token cache already holds a signed-in account with a valid access token, as
/// after an interactive sign-in (MSAL cannot sign in against the emulator: it insists on HTTPS authorities). The
/// cache is MSAL's own serialised format, loaded once.
/// </summary>
internal static class MsalWithCachedToken
{
    private const string ClientId = "11111111-2222-3333-4444-555555555555";
    private const string Environment = "login.microsoftonline.com";
    private const string TenantId = "9188040d-6c67-4c5b-b112-36a304b66dad";
    private const string ObjectId = "00000000-0000-0000-66f3-3332eca7ea81";

    public static async Task<(IPublicClientApplication App, IAccount Account)> CreateAsync(string accessToken, DateTimeOffset expiresOn, string[] scopes)
    {
        var app = PublicClientApplicationBuilder.Create(ClientId)
            .WithAuthority(AzureCloudInstance.AzurePublic, "common")
            .WithRedirectUri("http://localhost")
            .Build();
        var cache = Encoding.UTF8.GetBytes(CacheJson(accessToken, expiresOn, scopes));
        var loaded = false;
        app.UserTokenCache.SetBeforeAccess(args =>
        {
            if (!loaded)
            {
                args.TokenCache.DeserializeMsalV3(cache);
                loaded = true;
            }
        });
        var account = (await app.GetAccountsAsync()).Single();
        return (app, account);
    }

    private static string CacheJson(string accessToken, DateTimeOffset expiresOn, string[] scopes)
    {
        var homeAccountId = $"{ObjectId}.{TenantId}";
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var expires = expiresOn.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var target = string.Join(' ', scopes);
        var cache = new
        {
            Account = new System.Collections.Generic.Dictionary<string, object>
            {
                [$"{homeAccountId}-{Environment}-{TenantId}"] = new
                {
                    home_account_id = homeAccountId,
                    environment = Environment,
                    realm = TenantId,
                    local_account_id = ObjectId,
                    username = "ada@contoso.com",
                    authority_type = "MSSTS",
                },
            },
            AccessToken = new System.Collections.Generic.Dictionary<string, object>
            {
                [$"{homeAccountId}-{Environment}-accesstoken-{ClientId}-{TenantId}-{target.ToLowerInvariant()}"] = new
                {
                    home_account_id = homeAccountId,
                    environment = Environment,
                    client_id = ClientId,
                    secret = accessToken,
                    credential_type = "AccessToken",
                    realm = TenantId,
                    target,
                    cached_at = now,
                    expires_on = expires,
                    extended_expires_on = expires,
                },
            },
            RefreshToken = new System.Collections.Generic.Dictionary<string, object>
            {
                [$"{homeAccountId}-{Environment}-refreshtoken-{ClientId}--"] = new
                {
                    home_account_id = homeAccountId,
                    environment = Environment,
                    client_id = ClientId,
                    secret = "never-used",
                    credential_type = "RefreshToken",
                },
            },
            AppMetadata = new System.Collections.Generic.Dictionary<string, object>
            {
                [$"appmetadata-{Environment}-{ClientId}"] = new { environment = Environment, client_id = ClientId },
            },
        };
        return JsonSerializer.Serialize(cache);
    }
}
