using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// GET (and the consent form's POST) /{tenant}/oauth2/v2.0/authorize: validates the request like the identity
/// platform, then redirects with code and state, or with error and error_description.
/// </summary>
internal static class AuthorizeEndpoint
{
    private static readonly string[] Forwarded =
    {
        "client_id", "response_type", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method", "response_mode", "prompt", "login_hint", "nonce",
    };

    public static async Task HandleAsync(HttpContext context, EmulatorState state, string tenant)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        string? Get(string name) => form is not null && form.ContainsKey(name) ? form[name].ToString() : context.Request.Query.ContainsKey(name) ? context.Request.Query[name].ToString() : null;

        if (!TenantRules.IsKnownTenant(tenant))
        {
            await AuthorizeRedirect.ErrorPageAsync(context, 90002, $"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.");
            return;
        }

        var clientId = Get("client_id");
        if (string.IsNullOrEmpty(clientId))
        {
            await AuthorizeRedirect.ErrorPageAsync(context, 900144, "The request body must contain the following parameter: 'client_id'.");
            return;
        }

        var app = state.FindApp(clientId);
        if (app is null)
        {
            await AuthorizeRedirect.ErrorPageAsync(context, 700016, $"Application with identifier '{clientId}' was not found in the directory '{tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.");
            return;
        }

        var redirectUri = Get("redirect_uri");
        if (string.IsNullOrEmpty(redirectUri) || !app.AcceptsRedirect(redirectUri))
        {
            await AuthorizeRedirect.ErrorPageAsync(context, 50011, $"The redirect URI '{redirectUri}' specified in the request does not match the redirect URIs configured for the application '{app.ClientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.");
            return;
        }

        var responseMode = Get("response_mode");
        var stateValue = Get("state");
        Task Fail(string error, string description) =>
            AuthorizeRedirect.SendAsync(context, redirectUri, responseMode, new Dictionary<string, string?> { ["error"] = error, ["error_description"] = description, ["state"] = stateValue });

        var problem = Validate(app, tenant, Get);
        if (problem is not null)
        {
            await Fail(problem.Value.Error, problem.Value.Description);
            return;
        }

        var decision = form?["consent"].ToString() switch
        {
            "accept" => ConsentMode.AutoAccept,
            "decline" => ConsentMode.AutoDecline,
            _ => state.Options.Consent,
        };
        if (decision == ConsentMode.Interactive && Get("prompt") == "none")
        {
            await Fail("login_required", "AADSTS50058: A silent sign-in request was sent but no user is signed in.");
            return;
        }

        switch (decision)
        {
            case ConsentMode.AutoDecline:
                await Fail("access_denied", "AADSTS65004: User declined to consent to access the app.");
                return;
            case ConsentMode.Interactive:
                await ConsentPageAsync(context, app, Get, state.Options.Accounts);
                return;
        }

        // The account chosen on the sign-in page, else the one login_hint names, else the default one.
        var chosen = Get("account") ?? Get("login_hint");
        var account = state.FindAccount(chosen);
        if (account is null && !string.IsNullOrEmpty(chosen))
        {
            await Fail("invalid_request", $"AADSTS50034: The user account {chosen} does not exist in the directory. To sign into this application, the account must be added to the directory.");
            return;
        }

        account ??= state.Options.Accounts[0];
        var scopes = SplitScopes(Get("scope")!);
        var nonce = Get("nonce");
        var code = state.Tokens.IssueCode(new AuthorizationCode(
            app.ClientId,
            tenant,
            redirectUri,
            scopes,
            Get("code_challenge"),
            Get("code_challenge_method"),
            state.Now + state.Options.AuthorizationCodeLifetime,
            nonce,
            state.KeyOf(account)));
        var answer = new Dictionary<string, string?> { ["code"] = code, ["state"] = stateValue };
        if (IsHybrid(Get("response_type")!))
        {
            var tenantId = OpenIdMetadata.UserTenantId(state);
            answer["id_token"] = state.IdTokens.Issue(OpenIdMetadata.Issuer(state, tenantId), tenantId, app.ClientId, account, scopes, nonce, code, state.Now);
        }

        await AuthorizeRedirect.SendAsync(context, redirectUri, responseMode ?? (IsHybrid(Get("response_type")!) ? "fragment" : null), answer);
    }

    private static bool IsHybrid(string responseType) => responseType.Split(' ').Contains("id_token", StringComparer.Ordinal);

    public static IReadOnlyList<string> SplitScopes(string scope) =>
        scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (string Error, string Description)? Validate(AppRegistration app, string tenant, Func<string, string?> get)
    {
        var audience = TenantRules.AudienceError(app, tenant);
        if (audience is not null)
        {
            return ("invalid_request", $"AADSTS{audience.Value.Code}: {audience.Value.Message}");
        }

        var responseType = get("response_type");
        if (string.IsNullOrEmpty(responseType))
        {
            return ("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'response_type'.");
        }

        if (!responseType.Split(' ').Contains("code", StringComparer.Ordinal))
        {
            return ("unsupported_response_type", $"AADSTS700054: response_type '{responseType}' is not enabled for the application.");
        }

        if (IsHybrid(responseType))
        {
            // OpenID Connect Core §3.3.2.11 and the hybrid flow of "Microsoft identity platform and OAuth 2.0
            // authorization code flow": an id_token from /authorize needs openid and a nonce, and never goes in a query.
            if (!SplitScopes(get("scope") ?? string.Empty).Contains("openid", StringComparer.OrdinalIgnoreCase))
            {
                return ("invalid_request", "AADSTS700054: response_type 'id_token' is requested without the openid scope.");
            }

            if (string.IsNullOrEmpty(get("nonce")))
            {
                return ("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'nonce'.");
            }

            if (get("response_mode") == "query")
            {
                return ("invalid_request", "AADSTS70007: 'query' is not a supported value of 'response_mode' when requesting a token.");
            }
        }

        if (string.IsNullOrWhiteSpace(get("scope")))
        {
            return ("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'scope'.");
        }

        if (ScopeRules.FirstInvalid(SplitScopes(get("scope")!)) is { } badScope)
        {
            return ("invalid_scope", $"AADSTS{ScopeRules.InvalidScopeCode}: {ScopeRules.InvalidScopeMessage(badScope)}");
        }

        var challenge = get("code_challenge");
        var method = get("code_challenge_method");
        if (method is not null && method is not ("S256" or "plain"))
        {
            return ("invalid_request", "AADSTS501491: Invalid code_challenge_method: only S256 and plain are supported.");
        }

        if (method is not null && string.IsNullOrEmpty(challenge))
        {
            return ("invalid_request", "AADSTS50147: The code_challenge is required when code_challenge_method is present.");
        }

        if (challenge is not null && !Pkce.IsValidChallenge(challenge))
        {
            return ("invalid_request", "AADSTS501491: InvalidCodeChallengeMethodInvalidSize - The size of the code challenge parameter isn't valid.");
        }

        return null;
    }

    private static Task ConsentPageAsync(HttpContext context, AppRegistration app, Func<string, string?> get, IList<EmulatorAccount> accounts)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Permissions requested</title></head><body>");
        html.Append("<h1>Sign in and allow access</h1><p>").Append(HtmlEncoder.Default.Encode(app.DisplayName))
            .Append(" wants to: ").Append(HtmlEncoder.Default.Encode(get("scope") ?? string.Empty)).Append("</p>");
        html.Append("<form method=\"POST\">");
        var hinted = accounts.FirstOrDefault(a => string.Equals(a.Login, get("login_hint"), StringComparison.OrdinalIgnoreCase)) ?? accounts[0];
        AccountChoice.Append(html, accounts, hinted);
        foreach (var name in Forwarded)
        {
            if (get(name) is { } value)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(HtmlEncoder.Default.Encode(value)).Append("\"/>");
            }
        }

        html.Append("<button type=\"submit\" id=\"accept\" name=\"consent\" value=\"accept\">Accept</button> ");
        html.Append("<button type=\"submit\" id=\"decline\" name=\"consent\" value=\"decline\">Decline</button></form></body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html.ToString());
    }
}
