using System;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// POST /{tenant}/oauth2/v2.0/devicecode ("OAuth 2.0 device authorization grant", RFC 8628 §3.1–3.2): a form with
/// client_id and scope answers device_code, user_code, verification_uri, expires_in, interval and message. Microsoft
/// sends no verification_uri_complete.
/// </summary>
internal static class DeviceCodeEndpoint
{
    public static async Task HandleAsync(HttpContext context, EmulatorState state, string tenant)
    {
        var now = state.Now;
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_request", 900561, $"The endpoint only accepts (POST, OPTIONS) requests. Received a {context.Request.Method} request.");
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await IdentityErrors.MissingParameterAsync(context, now, "client_id");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var app = await IdentityErrors.RegisteredAppAsync(context, state, form, tenant);
        if (app is null)
        {
            return;
        }

        if (TenantRules.AudienceError(app, tenant) is { } audience)
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_request", audience.Code, audience.Message);
            return;
        }

        var scopes = AuthorizeEndpoint.SplitScopes(form["scope"].ToString());
        if (scopes.Count == 0)
        {
            await IdentityErrors.MissingParameterAsync(context, now, "scope");
            return;
        }

        if (ScopeRules.FirstInvalid(scopes) is { } badScope)
        {
            await IdentityErrors.WriteAsync(context, now, "invalid_scope", ScopeRules.InvalidScopeCode, ScopeRules.InvalidScopeMessage(badScope));
            return;
        }

        var authorization = state.DeviceCodes.Issue(app.ClientId, tenant, scopes, now + state.Options.DeviceCodeLifetime, state.Options.DeviceCodeInterval);
        var verificationUri = state.MainBase + "/devicelogin";
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store, no-cache";
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("user_code", authorization.UserCode);
            writer.WriteString("device_code", authorization.DeviceCode);
            writer.WriteString("verification_uri", verificationUri);
            writer.WriteNumber("expires_in", (int)state.Options.DeviceCodeLifetime.TotalSeconds);
            writer.WriteNumber("interval", authorization.Interval);
            writer.WriteString("message", string.Format(CultureInfo.InvariantCulture, "To sign in, use a web browser to open the page {0} and enter the code {1} to authenticate.", verificationUri, authorization.UserCode));
            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }
}
