using System;
using System.CommandLine;
using Spectre.Console;
using System.Globalization;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg refresh</c>: redeem the stored refresh token now, at the configured endpoint (v2.0 or Live).</summary>
internal static class RefreshCommand
{
    public static Command Create()
    {
        var command = new Command("refresh", "Renew the access token now with the stored refresh token.");
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            await session.EnsureSignedInAsync(ct);
            var before = await session.Store.GetAsync(session.Tokens.Account, ct)
                ?? throw new CliException("Not signed in: run 'odg login' first.", ExitCodes.SignInNeeded);
            if (before.RefreshToken is null)
            {
                throw new CliException("The stored sign-in has no refresh token (Scopes lacks offline_access): run 'odg login' again.", ExitCodes.SignInNeeded);
            }

            await session.Tokens.ForceRefreshAsync(before.AccessToken, ct);
            var after = await session.Store.GetAsync(session.Tokens.Account, ct);
            var endpoint = session.Options.RefreshEndpoint.ToString().ToLowerInvariant();
            session.Console.WriteLine($"Refreshed at the {endpoint} endpoint: new access token expires {after?.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}; refresh token {(after?.RefreshToken != before.RefreshToken ? "rotated" : "unchanged")}.");
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
