using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// POST /{tenant}/oauth2/v2.0/token (and, with <c>live: true</c>, /oauth20_token.srf): the authorization_code and
/// refresh_token grants, and on v2.0 the device code grant, with the identity platform's checks and AADSTS errors.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task HandleAsync(HttpContext context, EmulatorState state, string tenant, bool live)
    {
        var now = state.Now;
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_request", 900561, $"The endpoint only accepts (POST, OPTIONS) requests. Received a {context.Request.Method} request.");
            return;
        }

        // Only form bodies are read: JSON or multipart look like a body without grant_type (the real symptom).
        if (!string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            await IdentityErrors.MissingParameterAsync(context, now, "grant_type");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            await IdentityErrors.MissingParameterAsync(context, now, "grant_type");
            return;
        }

        if (grantType is not ("authorization_code" or "refresh_token") && (live || grantType != DeviceCodeGrant.GrantType))
        {
            await IdentityErrors.WriteAsync(context, now, "unsupported_grant_type", 70003, $"The app requested an unsupported grant type '{grantType}'.");
            return;
        }

        var app = await IdentityErrors.RegisteredAppAsync(context, state, form, tenant);
        if (app is null)
        {
            return;
        }

        // The audience rules of /authorize hold here too: a code or refresh token is no way around them.
        if (!live && TenantRules.AudienceError(app, tenant) is { } audience)
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_request", audience.Code, audience.Message);
            return;
        }

        var authError = ClientAuthentication.Check(app, form, context.Request);
        if (authError is { } error)
        {
            await IdentityErrors.WriteAsync(context, now, error.Error, error.Code, error.Message, error.Status);
            return;
        }

        var requestedScopes = AuthorizeEndpoint.SplitScopes(form["scope"].ToString());
        if (ScopeRules.FirstInvalid(requestedScopes) is { } badScope)
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_scope", ScopeRules.InvalidScopeCode, ScopeRules.InvalidScopeMessage(badScope));
            return;
        }

        if (grantType == "authorization_code")
        {
            await RedeemCodeAsync(context, state, app, tenant, form, live);
        }
        else if (grantType == DeviceCodeGrant.GrantType)
        {
            await DeviceCodeGrant.RedeemAsync(context, state, app, form, (scopes, account) => TokensAsync(context, state, app, form, scopes, account, null, live: false));
        }
        else
        {
            await RefreshAsync(context, state, app, form, live);
        }
    }

    private static async Task RedeemCodeAsync(HttpContext context, EmulatorState state, AppRegistration app, string tenant, IFormCollection form, bool live)
    {
        var now = state.Now;
        var value = form["code"].ToString();
        if (value.Length == 0)
        {
            await IdentityErrors.MissingParameterAsync(context, now, "code");
            return;
        }

        var code = state.Tokens.FindCode(value);
        if (code is null || !string.Equals(code.ClientId, app.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 70000, "The provided value for the 'code' parameter is not valid.");
            return;
        }

        if (!string.Equals(code.Tenant, tenant, StringComparison.OrdinalIgnoreCase) && code.Tenant is not ("common" or "organizations" or "consumers"))
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 700005, "Provided Authorization Code is intended to use against other tenant, thus rejected.");
            return;
        }

        if (code.Redeemed)
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.");
            return;
        }

        if (now > code.ExpiresAt)
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 70008, "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.");
            return;
        }

        var redirectUri = form["redirect_uri"].ToString();
        if (redirectUri.Length == 0)
        {
            await IdentityErrors.MissingParameterAsync(context, now, "redirect_uri");
            return;
        }

        if (!string.Equals(redirectUri, code.RedirectUri, StringComparison.Ordinal))
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 50011, $"The redirect URI '{redirectUri}' specified in the request does not match the redirect URI used to obtain the authorization code.");
            return;
        }

        if (code.CodeChallenge is not null)
        {
            var verifier = form["code_verifier"].ToString();
            if (verifier.Length == 0)
            {
                await IdentityErrors.MissingParameterAsync(context, now, "code_verifier");
                return;
            }

            if (!Pkce.Matches(verifier, code.CodeChallenge, code.CodeChallengeMethod))
            {
                var pkceCode = state.Options.PkceMismatchCode;
                var message = pkceCode == 50148
                    ? "The code_verifier does not match the code_challenge supplied in the authorization request for PKCE."
                    : "The Code_Verifier doesn't match the code_challenge supplied in the authorization request.";
                await IdentityErrors.WriteAsync(context, now, "invalid_grant", pkceCode, message);
                return;
            }
        }

        // A code carries what the user consented to at /authorize; redeeming it never widens that.
        var requested = form["scope"].ToString();
        if (NotConsented(code.Scopes, requested))
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 65001, $"The user or administrator has not consented to use the application with ID '{app.ClientId}' named '{app.DisplayName}'. Send an interactive authorization request for this user and resource.");
            return;
        }

        code.Redeemed = true;
        // login.live.com answers a code like a refresh: lowercase bearer, user_id, an hour (wire reference §1.9).
        await TokensAsync(context, state, app, form, NarrowScopes(code.Scopes, requested), code.Account, code.Nonce, live);
    }

    private static async Task RefreshAsync(HttpContext context, EmulatorState state, AppRegistration app, IFormCollection form, bool live)
    {
        var now = state.Now;
        var value = form["refresh_token"].ToString();
        if (value.Length == 0)
        {
            await IdentityErrors.MissingParameterAsync(context, now, "refresh_token");
            return;
        }

        var grant = state.Tokens.FindRefreshToken(value);
        if (grant is null || !string.Equals(grant.ClientId, app.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.");
            return;
        }

        if (grant.Revoked)
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 70008, "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.");
            return;
        }

        if (now > grant.ExpiresAt)
        {
            var issued = grant.ExpiresAt - state.Options.RefreshTokenLifetime;
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 700082, $"The refresh token has expired due to inactivity. The token was issued on {issued:yyyy-MM-ddTHH:mm:ss.fffZ} and was inactive for {state.Options.RefreshTokenLifetime.TotalDays:0}.00:00:00.");
            return;
        }

        var requested = form["scope"].ToString();
        if (NotConsented(grant.Scopes, requested))
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_grant", 65001, $"The user or administrator has not consented to use the application with ID '{app.ClientId}' named '{app.DisplayName}'. Send an interactive authorization request for this user and resource.");
            return;
        }

        if (state.Options.RefreshTokenReuse == RefreshTokenReuse.SingleUse)
        {
            grant.Revoked = true;
        }

        // A refresh token yields tokens of its own account, never another's.
        await TokensAsync(context, state, app, form, NarrowScopes(grant.Scopes, requested), grant.Account, null, live);
    }

    /// <summary>Issues and writes the token response of every grant for <paramref name="account"/> (Live's lasts an hour).</summary>
    private static Task TokensAsync(HttpContext context, EmulatorState state, AppRegistration app, IFormCollection form, IReadOnlyList<string> scopes, string account, string? nonce, bool live)
    {
        var (access, refresh) = state.Tokens.Issue(app.ClientId, scopes, account);
        var (idToken, clientInfo) = OpenIdOutput(state, app, form, scopes, nonce, live, account);
        return TokenResponses.WriteAsync(context, scopes, access, refresh, live ? 3600 : (int)state.Options.AccessTokenLifetime.TotalSeconds, live, idToken, clientInfo);
    }

    // A refresh keeps offline_access so a new refresh token is always issued alongside.
    private static IReadOnlyList<string> NarrowScopes(IReadOnlyList<string> granted, string requested)
    {
        if (requested.Length == 0)
        {
            return granted;
        }

        var asked = AuthorizeEndpoint.SplitScopes(requested).ToList();
        if (granted.Contains("offline_access", StringComparer.OrdinalIgnoreCase) && !asked.Contains("offline_access", StringComparer.OrdinalIgnoreCase))
        {
            asked.Add("offline_access");
        }

        return asked;
    }

    /// <summary>
    /// The id_token (v2.0 with openid only) and client_info (when the request says client_info=1: base64url of
    /// {"uid","utid"}, as MSAL asks for it) of a token response.
    /// </summary>
    private static (string? IdToken, string? ClientInfo) OpenIdOutput(EmulatorState state, AppRegistration app, IFormCollection form, IReadOnlyList<string> scopes, string? nonce, bool live, string account)
    {
        if (live)
        {
            return (null, null);
        }

        var tenantId = OpenIdMetadata.UserTenantId(state);
        var idToken = scopes.Contains("openid", StringComparer.OrdinalIgnoreCase)
            ? state.IdTokens.Issue(OpenIdMetadata.Issuer(state, tenantId), tenantId, app.ClientId, state.AccountOf(account), scopes, nonce, null, state.Now)
            : null;
        var clientInfo = form["client_info"].ToString() == "1"
            ? IdTokenIssuer.Base64Url(System.Text.Encoding.UTF8.GetBytes($"{{\"uid\":\"{state.AccountOf(account).ObjectId}\",\"utid\":\"{tenantId}\"}}"))
            : null;
        return (idToken, clientInfo);
    }

    private static bool NotConsented(IReadOnlyList<string> granted, string requested) =>
        AuthorizeEndpoint.SplitScopes(requested).Any(s => !granted.Contains(s, StringComparer.OrdinalIgnoreCase) && !ScopeRules.IsOpenId(s));
}
