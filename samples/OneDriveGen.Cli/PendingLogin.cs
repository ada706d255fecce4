using System;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.DataProtection;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Cli;

/// <summary>
/// The sign-in that <c>odg login --manual</c> started, kept until <c>odg login --code</c> redeems it: the state to
/// check and the PKCE verifier to send. Protected like the token cache (Data Protection, in an owner-only folder),
/// owner-only, and deleted once used.
/// </summary>
internal static class PendingLogin
{
    private const string Purpose = "OneDriveGen.Cli.PendingSignIn.v1";

    public static async Task SaveAsync(string path, AuthorizationSession session, CancellationToken cancellationToken)
    {
        var record = new Record(session.AuthorizationUri.AbsoluteUri, session.State, session.Pkce.Verifier, session.RedirectUri);
        var sealedRecord = Protector(path).Protect(JsonSerializer.SerializeToUtf8Bytes(record));
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new FileStream(path, options);
        await file.WriteAsync(sealedRecord, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<AuthorizationSession> TakeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliException("No sign-in is pending: run 'odg login --manual' first, open its URL, then pass the code (or the whole redirect URL) to 'odg login --code'.");
        }

        Record? record;
        try
        {
            record = JsonSerializer.Deserialize<Record>(Protector(path).Unprotect(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            record = null;
        }
        finally
        {
            File.Delete(path); // a code is single use; so is its session
        }

        return record is null
            ? throw new CliException($"The pending sign-in in {path} is unreadable: run 'odg login --manual' again.")
            : AuthorizationSession.Restore(new Uri(record.AuthorizationUri), record.State, record.Verifier, record.RedirectUri);
    }

    // The token cache's Data Protection; it also creates the folder owner-only.
    private static IDataProtector Protector(string path) =>
        FileTokenStore.CreateDefaultProtection(Path.GetDirectoryName(Path.GetFullPath(path))!).CreateProtector(Purpose);

    private sealed record Record(string AuthorizationUri, string State, string Verifier, string RedirectUri);
}
