using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OneDriveGen.Web.Pages;

/// <summary>Server-rendered pages: every text from a user or from OneDrive goes through <see cref="Text"/>.</summary>
internal static class Html
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24}
        header{background:#0f4c81;color:#fff;padding:.8rem 1.5rem;display:flex;gap:1.5rem;align-items:center}
        header a{color:#fff}main{padding:1.5rem;max-width:960px}
        table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:.45rem .6rem;border-bottom:1px solid #e3e6ea;text-align:left}
        .grid{display:flex;flex-wrap:wrap;gap:1rem}.grid figure{margin:0;background:#fff;padding:.5rem;border:1px solid #e3e6ea}
        .grid img{display:block;max-width:176px;max-height:176px}.problem{background:#fff4f4;border-left:4px solid #c62828;padding:1rem}
        button{padding:.4rem .9rem}form.inline{display:inline}nav.crumbs a{margin-right:.3rem}
        """;

    /// <summary>HTML-encodes <paramref name="value"/> for element content and attribute values.</summary>
    public static string Text(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    /// <summary>A query-string value, URL-encoded ('!' in an ID included).</summary>
    public static string Query(string value) => System.Uri.EscapeDataString(value);

    public static IResult Page(string title, string body, string? appUser = null, int status = 200, string head = "") =>
        Results.Content(
            $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{Text(title)} · OneDriveGen web sample</title><style>{Style}</style>{head}</head>
            <body><header><strong>OneDriveGen web sample</strong>{(appUser is null ? string.Empty : $"<a href=\"/\">Home</a><a href=\"/browse\">OneDrive</a><a href=\"/imports\">Imported files</a><span>Signed in as {Text(appUser)}</span>")}</header>
            <main><h1>{Text(title)}</h1>{body}</main></body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: status);

    /// <summary>A page that says what went wrong and what to do, never a stack trace.</summary>
    public static IResult Problem(string title, string what, string todo, string? appUser, int status) =>
        Page(title, $"<div class=\"problem\" id=\"problem\"><p>{Text(what)}</p><p>{todo}</p></div>", appUser, status);

    /// <summary>A hidden antiforgery field for a POST form.</summary>
    public static string Antiforgery(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Text(tokens.FormFieldName)}\" value=\"{Text(tokens.RequestToken)}\">";
    }
}
