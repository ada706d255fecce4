using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OneDriveGen.Emulator.Identity;

/// <summary>Sends the browser back to the app's redirect URI, in the response mode the app asked for.</summary>
internal static class AuthorizeRedirect
{
    public static Task SendAsync(HttpContext context, string redirectUri, string? responseMode, IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var present = parameters.Where(p => p.Value is not null).ToList();
        redirectUri = WithPath(redirectUri);
        if (string.Equals(responseMode, "form_post", StringComparison.Ordinal))
        {
            var html = new StringBuilder("<!DOCTYPE html><html><head><title>Working...</title></head><body onload=\"document.forms[0].submit()\">");
            html.Append("<form method=\"POST\" action=\"").Append(HtmlEncoder.Default.Encode(redirectUri)).Append("\">");
            foreach (var (key, value) in present)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(HtmlEncoder.Default.Encode(key))
                    .Append("\" value=\"").Append(HtmlEncoder.Default.Encode(value!)).Append("\"/>");
            }

            html.Append("<noscript><input type=\"submit\" value=\"Continue\"/></noscript></form></body></html>");
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(html.ToString());
        }

        var query = string.Join("&", present.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value!)));
        var separator = string.Equals(responseMode, "fragment", StringComparison.Ordinal) ? "#" : redirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = redirectUri + separator + query;
        return Task.CompletedTask;
    }

    /// <summary>A redirect URI without a path comes back with a trailing '/', as the identity platform sends it.</summary>
    private static string WithPath(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && !redirectUri.EndsWith('/') && uri.Query.Length == 0
            ? redirectUri + "/"
            : redirectUri;

    /// <summary>The identity platform's own error page, for errors it must not redirect (unknown app, wrong redirect URI).</summary>
    public static Task ErrorPageAsync(HttpContext context, int aadsts, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        var text = HtmlEncoder.Default.Encode($"AADSTS{aadsts}: {message}");
        return context.Response.WriteAsync($"<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body><h1>Sorry, but we're having trouble signing you in.</h1><p id=\"error\">{text}</p></body></html>");
    }
}
