using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Tokens;
using OneDriveGen.Web.OneDrive.Models;
using OneDriveGen.Web.Pages;

namespace OneDriveGen.Web.Endpoints;

/// <summary>Turns what OneDrive or the identity platform answered into a page that says what to do.</summary>
internal static class DriveFailures
{
    private const string Reconnect = "<form method=\"get\" action=\"/\"><button type=\"submit\" id=\"reconnect\">Reconnect OneDrive</button></form>";

    public static async Task<IResult> GuardAsync(HttpContext context, Func<Task<IResult>> action)
    {
        var user = context.User.Identity!.Name;
        try
        {
            return await action();
        }
        catch (ArgumentException ex)
        {
            // What the generated builders refuse before sending anything: a path with '..' segments, an empty ID.
            return Html.Problem("Not a valid address", ex.Message.Split(" (Parameter", 2)[0], "<a href=\"/browse\">Back to your OneDrive</a>", user, 400);
        }
        catch (NotSignedInException)
        {
            return Html.Problem("OneDrive not connected", "Connect your OneDrive first.", Reconnect, user, 409);
        }
        catch (IdentityException ex) when (ex.RequiresSignIn)
        {
            // The refresh token was revoked or expired: the stored connection is broken until the user reconnects.
            await context.RequestServices.GetRequiredService<Connections.ConnectionRegistry>().DisconnectAsync(user!, context.RequestAborted);
            return Html.Problem("Your OneDrive connection has expired", "Microsoft no longer accepts this app's access to your OneDrive (the permission was revoked or has expired).", Reconnect, user, 401);
        }
        catch (ODataError ex) when (ex.ResponseStatusCode is 403 or 404)
        {
            var what = ex.ResponseStatusCode == 404 ? "That item is not in your OneDrive any more." : "OneDrive does not let this app do that.";
            return Html.Problem("OneDrive said no", $"{what} ({ex.Error?.Code})", "<a href=\"/browse\">Back to your OneDrive</a>", user, ex.ResponseStatusCode);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is ApiException { ResponseStatusCode: 429 or 503 }))
        {
            return Html.Problem("OneDrive is busy", "OneDrive asked this app to slow down, and kept asking after several polite retries.", "Wait a minute, then <a href=\"/browse\">try again</a>.", user, 503);
        }
        catch (ApiException ex)
        {
            return Html.Problem("OneDrive failed", $"OneDrive answered HTTP {ex.ResponseStatusCode}.", "<a href=\"/browse\">Try again</a>.", user, 502);
        }
    }
}
