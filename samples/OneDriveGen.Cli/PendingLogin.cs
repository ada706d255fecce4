using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;

namespace OneDriveGen.Cli;

/// <summary>
/// The sign-in that <c>odg login --manual</c> started, kept until <c>odg login --code</c> redeems it: the state to
/// check and the PKCE verifier to send. The file is owner-only and deleted once used.
/// </summary>
internal static class PendingLogin
{
    public static async Task SaveAsync(string path, AuthorizationSession session, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var record = new Record(session.AuthorizationUri.AbsoluteUri, session.State, session.Pkce.Verifier, session.RedirectUri);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new FileStream(path, options);
        await JsonSerializer.SerializeAsync(file, record, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public static async Task<AuthorizationSession> TakeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliException("No sign-in is pending: run 'odg login --manual' first, open its URL, then pass the code (or the whole redirect URL) to 'odg login --code'.");
        }

        Record? record;
        await using (var file = File.OpenRead(path))
        {
            record = await JsonSerializer.DeserializeAsync<Record>(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        File.Delete(path); // a code is single use; so is its session
        return record is null
            ? throw new CliException($"The pending sign-in in {path} is unreadable: run 'odg login --manual' again.")
            : AuthorizationSession.Restore(new Uri(record.AuthorizationUri), record.State, record.Verifier, record.RedirectUri);
    }

    private sealed record Record(string AuthorizationUri, string State, string Verifier, string RedirectUri);
}
