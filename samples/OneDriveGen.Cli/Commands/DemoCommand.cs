using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Cli.Output;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Cli.OneDrive.Models;
using Spectre.Console;

namespace OneDriveGen.Cli.Commands;

/// <summary>
/// <c>odg demo</c>: the whole onboarding flow of the how-to, end to end on a fresh embedded emulator, each step
/// narrated: authorize URL, code, token, list, thumbnails, upload, download and verify, refresh.
/// </summary>
internal static class DemoCommand
{
    private const int UploadBytes = 6 * 1024 * 1024; // above the 4 MiB single-PUT limit: an upload session

    public static Command Create()
    {
        var command = new Command("demo", "Run the whole OneDrive onboarding flow on the embedded emulator, step by step.");
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, session => RunAsync(session, ct), freshEmulator: true, cancellationToken: ct));
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, CancellationToken ct)
    {
        var console = session.Console;
        var options = session.Options;

        Step(console, 1, "Send the user to the authorize URL");
        await using var receiver = LoopbackRedirectReceiver.Start(options.RedirectUri);
        var signIn = session.SignIn.Begin(receiver.RedirectUri);
        console.WriteLine(signIn.AuthorizationUri.AbsoluteUri);
        console.WriteLine("  client_id, scope=offline_access files.readwrite.all, response_type=code, redirect_uri, plus state and a PKCE S256 challenge.");

        Step(console, 2, "Catch the code on the loopback redirect");
        var waiting = receiver.WaitForCodeAsync(signIn.State, TimeSpan.FromSeconds(30), ct);
        await Browser.FollowAsync(signIn.AuthorizationUri);
        var code = await waiting;
        console.WriteLine($"  {receiver.RedirectUri} received a code ({code.Length} characters, single use, valid 10 minutes) and the matching state.");

        Step(console, 3, "Redeem it for tokens (form-urlencoded POST, never JSON)");
        var tokens = await session.SignIn.RedeemCodeAsync(signIn, code, ct);
        await session.Tokens.SignedInAsync(tokens, ct);
        console.WriteLine($"  POST {options.AuthorityHost}/{options.Tenant}/oauth2/v2.0/token with grant_type=authorization_code");
        console.WriteLine($"  access token valid until {tokens.ExpiresAt:HH:mm:ss} UTC, refresh token {(tokens.RefreshToken is null ? "missing" : "received")}, scopes: {string.Join(' ', tokens.Scopes)}");

        Step(console, 4, "List the drive root through Microsoft Graph (Authorization: Bearer …)");
        var root = new List<DriveItem>();
        await foreach (var item in Pager.EnumerateAsync(session.Adapter, session.Client.Me.Drive.Root.Children.ToGetRequestInformation(), DriveItem.ReadJson, ct))
        {
            root.Add(item);
        }

        console.Write(ItemTable.Create(root));

        Step(console, 5, "Thumbnails of a picture (the '!' of its ID goes out as %21)");
        var picture = await session.Client.Me.Drive.Root.ItemWithPath("Pictures/BritishShorthair.jpg").GetAsync(cancellationToken: ct);
        var thumbnails = session.Client.Me.Drive.Items[picture!.Id!].Thumbnails;
        var sets = await thumbnails.GetAsync(cancellationToken: ct);
        var medium = sets?.Value?.FirstOrDefault()?.Medium;
        // The URL the builder sent, not a re-encoding of the ID here.
        console.WriteLine($"  GET {thumbnails.ToGetRequestInformation().URI.OriginalString}");
        console.WriteLine($"  {sets?.Value?.Count ?? 0} set(s); medium is {medium?.Width}x{medium?.Height}");

        Step(console, 6, $"Upload {Sizes.Format(UploadBytes)} (above 4 MiB, so an upload session in 320 KiB-multiple fragments)");
        var content = new byte[UploadBytes];
        new Random(20261128).NextBytes(content);
        var uploaded = await TransferView.RunAsync(console, "upload demo.bin", content.Length, progress =>
            new DriveUploader(session.Adapter, session.Content).UploadAsync(new MemoryStream(content), session.Client.Me.Drive.Root.ItemWithPath("OneDriveGen demo/demo.bin").ToGetRequestInformation(), DriveItem.ReadJson, ConflictBehavior.Replace, progress, ct));
        console.WriteLine($"  uploaded: id {uploaded.Id}, {Sizes.Format(uploaded.Size ?? 0)}");

        Step(console, 7, "Download it again (302 to a pre-authenticated URL, no Authorization there) and verify");
        var downloaded = new MemoryStream();
        await TransferView.RunAsync(console, "download demo.bin", content.Length, progress =>
            new DriveDownloader(session.Adapter, session.Content).DownloadAsync(session.Client.Me.Drive.Items[uploaded.Id!].ToGetRequestInformation(), DriveItem.ReadJson, downloaded, progress, verifyHash: true, cancellationToken: ct));
        var downloadedHash = SHA256.HashData(downloaded.GetBuffer().AsSpan(0, (int)downloaded.Length));
        var same = SHA256.HashData(content).AsSpan().SequenceEqual(downloadedHash);
        console.WriteLine($"  SHA-256 {(same ? "identical" : "DIFFERENT")}: {Convert.ToHexStringLower(downloadedHash)}");
        if (!same)
        {
            throw new CliException("The downloaded bytes differ from the uploaded ones.", ExitCodes.Failed);
        }

        Step(console, 8, "Renew the access token with grant_type=refresh_token");
        var refreshed = await session.Tokens.ForceRefreshAsync(tokens.AccessToken, ct);
        var stored = await session.Store.GetAsync(session.Tokens.Account, ct);
        console.WriteLine($"  new access token ({(refreshed == tokens.AccessToken ? "unchanged" : "different")}), valid until {stored?.ExpiresAt:HH:mm:ss} UTC; refresh token {(stored?.RefreshToken == tokens.RefreshToken ? "unchanged" : "rotated")}.");

        console.MarkupLine("[green]Done:[/] every step of the manual how-to, typed and checked. Point odg at your own app with OneDrive:ClientId (see README).");
        return ExitCodes.Success;
    }

    private static void Step(IAnsiConsole console, int number, string title)
    {
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{number}. {title}[/]");
    }
}
