using System.CommandLine;
using System.Globalization;
using OneDriveGen.Cli.Output;
using Spectre.Console;

namespace OneDriveGen.Cli.Commands;

/// <summary><c>odg whoami</c>: whose drive this is, and what the stored sign-in allows (never the tokens).</summary>
internal static class WhoamiCommand
{
    public static Command Create()
    {
        var command = new Command("whoami", "Show the signed-in drive and token state.");
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async session =>
        {
            await session.EnsureSignedInAsync(ct);
            var drive = await session.Client.Me.Drive.GetAsync(cancellationToken: ct);
            var tokens = await session.Store.GetAsync(session.Tokens.Account, ct);
            if (session.Json is { } json)
            {
                // What the table shows, never a token: only whether a refresh token is stored and when the access token expires.
                json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("owner", drive?.Owner?.User?.DisplayName);
                    w.WriteString("driveType", drive?.DriveType);
                    w.WriteString("driveId", drive?.Id);
                    if (drive?.Quota is { } q)
                    {
                        w.WriteStartObject("quota");
                        w.WriteNumber("used", q.Used ?? 0);
                        w.WriteNumber("total", q.Total ?? 0);
                        w.WriteEndObject();
                    }
                    else
                    {
                        w.WriteNull("quota");
                    }

                    w.WriteStartArray("scopes");
                    foreach (var scope in tokens?.Scopes ?? new string[0])
                    {
                        w.WriteStringValue(scope);
                    }

                    w.WriteEndArray();
                    JsonShapes.WriteDate(w, "accessTokenExpires", tokens?.ExpiresAt);
                    w.WriteBoolean("hasRefreshToken", tokens?.RefreshToken is not null);
                    w.WriteString("clientId", session.Options.ClientId);
                    w.WriteString("clientType", session.Options.IsConfidential ? "confidential" : "public");
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow(new Text("owner"), new Text(drive?.Owner?.User?.DisplayName ?? "(unknown)"));
            grid.AddRow(new Text("drive"), new Text($"{drive?.DriveType} {drive?.Id}"));
            if (drive?.Quota is { } quota)
            {
                grid.AddRow(new Text("quota"), new Text($"{Sizes.Format(quota.Used ?? 0)} used of {Sizes.Format(quota.Total ?? 0)}"));
            }

            grid.AddRow(new Text("scopes"), new Text(string.Join(' ', tokens?.Scopes ?? new string[0])));
            grid.AddRow(new Text("access token"), new Text("expires " + tokens?.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)));
            grid.AddRow(new Text("refresh token"), new Text(tokens?.RefreshToken is null ? "none (add offline_access to Scopes)" : "stored"));
            grid.AddRow(new Text("client"), new Text($"{session.Options.ClientId} ({(session.Options.IsConfidential ? "confidential" : "public")})"));
            session.Console.Write(grid);
            return ExitCodes.Success;
        }, cancellationToken: ct));
        return command;
    }
}
