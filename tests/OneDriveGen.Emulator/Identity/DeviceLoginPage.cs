using System;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// /devicelogin, the verification page a user opens on another device: enter the code, then choose the account and
/// Accept or Decline, as microsoft.com/devicelogin does. The form posts back to itself; the emulator keeps no session.
/// </summary>
internal static class DeviceLoginPage
{
    public static async Task HandleAsync(HttpContext context, EmulatorState state)
    {
        var form = HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted)
            : null;
        var typed = form?["code"].ToString() ?? string.Empty;
        if (typed.Length == 0)
        {
            await PageAsync(context, 200, "Enter code", "<p>Enter the code displayed on your app or device.</p>" + CodeForm(string.Empty));
            return;
        }

        var authorization = state.DeviceCodes.ByUserCode(typed);
        var now = state.Now;
        if (authorization is null || authorization.Status != DeviceAuthorizationStatus.Pending || now > authorization.ExpiresAt)
        {
            // AADSTS70018 (a code never issued, or already used) and AADSTS70019 (expired) are what the page says.
            var message = authorization is not null && now > authorization.ExpiresAt
                ? "AADSTS70019: That code has expired. Start the sign-in again on your device to get a new one."
                : "AADSTS70018: That code didn't work. Check the code and try again.";
            await PageAsync(context, 400, "Enter code", $"<p id=\"error\">{HtmlEncoder.Default.Encode(message)}</p>" + CodeForm(typed));
            return;
        }

        var decision = form!["consent"].ToString();
        if (decision.Length == 0)
        {
            await PageAsync(context, 200, "Sign in and allow access", ConsentForm(state, authorization));
            return;
        }

        var account = state.FindAccount(form["account"].ToString()) ?? state.Options.Accounts[0];
        var approved = state.DeviceCodes.Update(authorization, a =>
        {
            if (a.Status != DeviceAuthorizationStatus.Pending)
            {
                return false;
            }

            a.Status = decision == "accept" ? DeviceAuthorizationStatus.Approved : DeviceAuthorizationStatus.Declined;
            a.Account = state.KeyOf(account);
            return true;
        });
        var done = !approved ? "That code was already used." : decision == "accept"
            ? "You have signed in to the app on your device. You may now close this window."
            : "You declined to sign in to the app on your device.";
        await PageAsync(context, 200, "Done", $"<p id=\"done\">{HtmlEncoder.Default.Encode(done)}</p>");
    }

    private static string CodeForm(string typed) =>
        $"<form method=\"POST\"><input id=\"code\" name=\"code\" autocomplete=\"off\" value=\"{HtmlEncoder.Default.Encode(typed)}\"/> <button id=\"next\" type=\"submit\">Next</button></form>";

    private static string ConsentForm(EmulatorState state, DeviceAuthorization authorization)
    {
        var app = state.FindApp(authorization.ClientId);
        var html = new StringBuilder();
        html.Append("<p>").Append(HtmlEncoder.Default.Encode(app?.DisplayName ?? authorization.ClientId))
            .Append(" on another device wants to: ").Append(HtmlEncoder.Default.Encode(string.Join(' ', authorization.Scopes))).Append("</p>");
        html.Append("<form method=\"POST\"><input type=\"hidden\" name=\"code\" value=\"").Append(HtmlEncoder.Default.Encode(authorization.UserCode)).Append("\"/>");
        AccountChoice.Append(html, state.Options.Accounts, state.Options.Accounts[0]);
        html.Append("<button type=\"submit\" id=\"accept\" name=\"consent\" value=\"accept\">Accept</button> ");
        html.Append("<button type=\"submit\" id=\"decline\" name=\"consent\" value=\"decline\">Decline</button></form>");
        return html.ToString();
    }

    private static Task PageAsync(HttpContext context, int status, string title, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($"<!DOCTYPE html><html><head><title>{HtmlEncoder.Default.Encode(title)}</title></head><body><h1>{HtmlEncoder.Default.Encode(title)}</h1>{body}</body></html>");
    }
}
