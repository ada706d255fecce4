using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator.Graph;

/// <summary>Bearer validation of Graph requests: a missing, unknown or expired token gets 401 InvalidAuthenticationToken.</summary>
internal static class GraphAuth
{
    public static async Task<AccessGrant?> AuthenticateAsync(HttpContext context, EmulatorState state)
    {
        var header = context.Request.Headers.Authorization.ToString();
        string? problem = null;
        AccessGrant? grant = null;
        if (header.Length == 0)
        {
            problem = "Access token is empty.";
        }
        else if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            problem = "Access token validation failure. Invalid audience.";
        }
        else
        {
            grant = state.Tokens.FindAccessToken(header[7..].Trim());
            if (grant is null)
            {
                problem = "CompactToken parsing failed with error code: 80049217";
            }
            else if (state.Now > grant.ExpiresAt)
            {
                problem = "Access token has expired or is not yet valid.";
                grant = null;
            }
        }

        if (problem is null)
        {
            return grant;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"";
        await GraphResponses.WriteErrorAsync(context, new DriveError(401, "InvalidAuthenticationToken", problem), state.Now);
        return null;
    }
}
