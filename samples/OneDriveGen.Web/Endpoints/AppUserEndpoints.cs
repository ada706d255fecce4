using System.Collections.Generic;
using System.Security.Claims;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using OneDriveGen.Web.Connections;
using OneDriveGen.Web.Pages;

namespace OneDriveGen.Web.Endpoints;

/// <summary>
/// The app's own users: a name in a cookie is enough (the sample is about OneDrive, not app identity). Each has
/// their own OneDrive connection. The home page says whether it is connected and offers Connect or Disconnect.
/// </summary>
internal static partial class AppUserEndpoints
{
    public const string SignInPath = "/signin";

    public static void Map(WebApplication app)
    {
        app.MapGet(SignInPath, (HttpContext context) => Html.Page("Sign in to the app", $"""
            <form method="post" action="{SignInPath}">{Html.Antiforgery(context)}
            <label>Your name in this app <input name="name" id="name" required maxlength="40" pattern="[A-Za-z0-9._-]+"></label>
            <button type="submit" id="signin">Sign in</button></form>
            """));
        app.MapPost(SignInPath, async (HttpContext context, [FromForm] string name) =>
        {
            if (!UserName().IsMatch(name ?? string.Empty))
            {
                return Html.Problem("Sign in to the app", "A name is 1 to 40 letters, digits, '.', '_' or '-'.", "<a href=\"/signin\">Try again</a>.", null, 400);
            }

            var identity = new ClaimsIdentity(new List<Claim> { new(ClaimTypes.Name, name!) }, CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect("/");
        });
        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(SignInPath);
        }).RequireAuthorization();
        app.MapGet("/", async (HttpContext context, ConnectionRegistry connections) =>
        {
            var user = context.User.Identity!.Name!;
            var connected = await connections.IsConnectedAsync(user, context.RequestAborted);
            var body = connected
                ? $"""<p id="status">Your OneDrive is connected.</p><p><a href="/browse" id="browse">Browse your OneDrive</a> · <a href="/imports">Imported files</a></p><form method="post" action="{ConnectEndpoints.DisconnectPath}">{Html.Antiforgery(context)}<button type="submit" id="disconnect">Disconnect OneDrive</button></form>"""
                : $"""<p id="status">Your OneDrive is not connected.</p><form method="post" action="{ConnectEndpoints.ConnectPath}">{Html.Antiforgery(context)}<button type="submit" id="connect">Connect OneDrive</button></form>""";
            return Html.Page("Your files", body, user);
        }).RequireAuthorization();
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex UserName();
}
