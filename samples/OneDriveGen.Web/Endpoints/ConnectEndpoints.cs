using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Web.Connections;
using OneDriveGen.Web.Pages;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Web.Endpoints;

/// <summary>
/// Connecting a user's OneDrive as a confidential client: the authorization code flow with state bound to the app
/// user and PKCE, the code redeemed with the client secret (form-urlencoded, by the runtime), the tokens stored for
/// that user. Every failure is a page that says what happened and what to do.
/// </summary>
internal static class ConnectEndpoints
{
    public const string ConnectPath = "/onedrive/connect";
    public const string CallbackPath = "/onedrive/callback";
    public const string DisconnectPath = "/onedrive/disconnect";

    private const string ConnectAgain = "<form method=\"get\" action=\"/\"><button type=\"submit\" id=\"again\">Back, to connect again</button></form>";

    public static void Map(WebApplication app)
    {
        app.MapPost(ConnectPath, async (HttpContext context, OneDriveSignIn signIn, PendingSignIns pending, IOptions<OneDriveOptions> options) =>
        {
            var session = signIn.Begin(options.Value.RedirectUri);
            await pending.SaveAsync(context.User.Identity!.Name!, session, context.RequestAborted);
            return Results.Redirect(session.AuthorizationUri.ToString());
        }).RequireAuthorization();

        app.MapGet(CallbackPath, CallbackAsync).RequireAuthorization();

        app.MapPost(DisconnectPath, async (HttpContext context, ConnectionRegistry connections) =>
        {
            await connections.DisconnectAsync(context.User.Identity!.Name!, context.RequestAborted);
            return Results.Redirect("/");
        }).RequireAuthorization();
    }

    private static async Task<IResult> CallbackAsync(HttpContext context, OneDriveSignIn signIn, PendingSignIns pending, ConnectionRegistry connections)
    {
        var user = context.User.Identity!.Name!;
        var query = context.Request.Query;
        var session = await pending.TakeAsync(user, query["state"], context.RequestAborted);
        if (session is null)
        {
            // Forged, replayed, expired or someone else's: nothing is redeemed and nothing stored.
            return Html.Problem("Connection refused", "This answer from Microsoft does not belong to a connection you started here (its state is unknown, already used or expired). Nothing was stored.", ConnectAgain, user, 400);
        }

        if (query["error"] == "access_denied")
        {
            return Html.Problem("OneDrive not connected", "You declined to let this app use your OneDrive, so it cannot show your files.", ConnectAgain, user, 403);
        }

        if (query.ContainsKey("error") || string.IsNullOrEmpty(query["code"]))
        {
            return Html.Problem("OneDrive not connected", $"Microsoft answered: {query["error"]} {FirstLine(query["error_description"])}", ConnectAgain, user, 400);
        }

        try
        {
            var tokens = await signIn.RedeemCodeAsync(session, query["code"]!, context.RequestAborted);
            await connections.ConnectedAsync(user, tokens, context.RequestAborted);
            return Results.Redirect("/browse");
        }
        catch (IdentityException ex)
        {
            return Html.Problem("OneDrive not connected", $"Microsoft refused the sign-in code ({ex.Error}): it expired or was already used.", ConnectAgain, user, 400);
        }
    }

    private static string FirstLine(string? text) => (text ?? string.Empty).Split('\r', '\n')[0];
}
