using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Options;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Cli.OneDrive.Models;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Cli;

/// <summary>
/// Turns a failure into one readable line carrying the service's own error code, and the exit code that goes
/// with it. Never prints a token: the runtime's exceptions carry none.
/// </summary>
internal static class ErrorReport
{
    public static (string Message, int ExitCode) Describe(Exception exception) => exception switch
    {
        CliException e => (e.Message, e.ExitCode),
        ODataError e => ($"{e.Error?.Code ?? "error"}: {e.Error?.Message ?? e.Message} (HTTP {e.ResponseStatusCode})", ExitCodes.Failed),
        IdentityException e => (Identity(e), e.RequiresSignIn ? ExitCodes.SignInNeeded : ExitCodes.Failed),
        AuthorizationException e => ($"Sign-in failed: {e.Message}", ExitCodes.SignInNeeded),
        NotSignedInException e => ($"Not signed in: {e.Message} Run 'odg login'.", ExitCodes.SignInNeeded),
        OptionsValidationException e => ("Bad configuration:" + Environment.NewLine + string.Join(Environment.NewLine, e.Failures.Select(f => "  " + f)), ExitCodes.BadInput),
        FileNotFoundException e => ($"Local file not found: {e.FileName ?? e.Message}", ExitCodes.BadInput),
        DirectoryNotFoundException e => ($"Local folder not found: {e.Message}", ExitCodes.BadInput),
        UnauthorizedAccessException e => ($"Local file not accessible: {e.Message}", ExitCodes.BadInput),
        FileChangedException e => (e.Message, ExitCodes.Failed),
        UploadSessionExpiredException e => (e.Message, ExitCodes.Failed),
        HttpRequestException e => ($"Network error: {e.Message}", ExitCodes.Failed),
        ArgumentException e => (e.Message.Split(" (Parameter", 2)[0], ExitCodes.BadInput),
        OperationCanceledException => ("Cancelled.", ExitCodes.Cancelled),
        _ => ($"Unexpected error ({exception.GetType().Name}): {exception.Message} Run with --verbose for details.", ExitCodes.Failed),
    };

    // "invalid_grant (AADSTS70008): The provided authorization code or refresh token has expired…"
    private static string Identity(IdentityException e)
    {
        var code = e.Code == e.Error ? e.Error : $"{e.Error} ({e.Code})";
        var description = (e.Description ?? string.Empty).Split('\r', '\n')[0];
        var prefix = description.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 && description.StartsWith("AADSTS", StringComparison.Ordinal) ? description[(colon + 2)..] : description;
        return $"{code}: {prefix}";
    }
}
