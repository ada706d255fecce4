using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Extensions.Options;
using OneDriveGen.Runtime;
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
    public static (string Message, int ExitCode) Describe(Exception exception) => Root(exception) switch
    {
        CliException e => (e.Message, e.ExitCode),
        // Graph's 401 means the token is no good any more (revoked, expired, wrong audience): signing in fixes it.
        ODataError { ResponseStatusCode: 401 } e => ($"{e.Error?.Code ?? "unauthenticated"}: {e.Error?.Message ?? e.Message} (HTTP 401) Run 'odg login'.", ExitCodes.SignInNeeded),
        ODataError e => ($"{e.Error?.Code ?? "error"}: {e.Error?.Message ?? e.Message} (HTTP {e.ResponseStatusCode})", ExitCodes.Failed),
        ApiException { ResponseStatusCode: 429 } => ("Throttled (HTTP 429): the service still asked to slow down after the retries. Try again in a minute.", ExitCodes.Failed),
        ApiException { ResponseStatusCode: 401 } => ("The service refused the sign-in (HTTP 401). Run 'odg login'.", ExitCodes.SignInNeeded),
        ApiException { ResponseStatusCode: > 0 } e => ($"The service answered HTTP {e.ResponseStatusCode} without an error it could explain.", ExitCodes.Failed),
        IdentityException e => (Identity(e), e.RequiresSignIn ? ExitCodes.SignInNeeded : ExitCodes.Failed),
        AuthorizationException e => ($"Sign-in failed: {e.Message}", ExitCodes.SignInNeeded),
        NotSignedInException e => ($"Not signed in: {e.Message} Run 'odg login'.", ExitCodes.SignInNeeded),
        OptionsValidationException e => ("Bad configuration:" + Environment.NewLine + string.Join(Environment.NewLine, e.Failures.Select(f => "  " + f)), ExitCodes.BadInput),
        FileNotFoundException e => ($"Local file not found: {e.FileName ?? e.Message}", ExitCodes.BadInput),
        DirectoryNotFoundException e => ($"Local folder not found: {e.Message}", ExitCodes.BadInput),
        UnauthorizedAccessException e => ($"Local file not accessible: {e.Message}", ExitCodes.BadInput),
        HttpRequestException e => ($"Network error: {e.Message}", ExitCodes.Failed),
        TaskCanceledException { InnerException: TimeoutException } => ("Timed out: the service did not answer in time.", ExitCodes.Failed),
        JsonException e => ($"The service sent a response that could not be read: {e.Message}", ExitCodes.Failed),
        InvalidDataException e => (e.Message, ExitCodes.Failed),
        // Every other runtime outcome (a file changed mid-download, an expired upload session, a delta resync) says
        // what to do in its message.
        OneDriveException e => (e.Message, ExitCodes.Failed),
        IOException e => ($"Transfer failed: {e.Message}", ExitCodes.Failed),
        CryptographicException => ("Saved sign-in data could not be decrypted (its key changed or the file was copied from another machine). Run 'odg login'.", ExitCodes.SignInNeeded),
        FormatException e => (e.Message, ExitCodes.BadInput),
        // The runtime's protocol checks (a repeated nextLink, a copy without a monitor) end up here: the service's answer was unusable.
        InvalidOperationException e => ($"The service's answer could not be used: {e.Message}", ExitCodes.Failed),
        ArgumentException e => (e.Message.Split(" (Parameter", 2)[0], ExitCodes.BadInput),
        OperationCanceledException => ("Cancelled.", ExitCodes.Cancelled),
        _ => ($"Unexpected error ({exception.GetType().Name}): {exception.Message} Run with --verbose for details.", ExitCodes.Failed),
    };

    /// <summary>
    /// The failure as one JSON object (docs/cli-json/error.schema.json): the service's code where there is one, else
    /// a code naming the kind of failure; the HTTP status and request ID when the failure was an answer.
    /// </summary>
    public static void WriteJson(Utf8JsonWriter json, Exception exception, string message, int exitCode)
    {
        var (code, status, requestId) = Details(exception, exitCode);
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("message", message);
        if (status is { } s)
        {
            json.WriteNumber("status", s);
        }
        else
        {
            json.WriteNull("status");
        }

        json.WriteString("requestId", requestId);
        json.WriteNumber("exitCode", exitCode);
        json.WriteEndObject();
    }

    // Kiota's retry handler gives up on 429/503/504 with every attempt's ApiException: the last one says why.
    private static Exception Root(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: > 0 } e && e.InnerExceptions.All(i => i is ApiException) ? Root(e.InnerExceptions[^1]) : exception;

    private static (string Code, int? Status, string? RequestId) Details(Exception exception, int exitCode) => Root(exception) switch
    {
        ODataError { Error: { } error } e => (error.Code ?? "http" + e.ResponseStatusCode, e.ResponseStatusCode, error.InnerError?.RequestId),
        ApiException e => ("http" + e.ResponseStatusCode, e.ResponseStatusCode > 0 ? e.ResponseStatusCode : null, null),
        OneDriveException e => (e.Code, (int?)e.StatusCode, e.RequestId),
        _ => (exitCode switch
        {
            ExitCodes.BadInput => "invalidInput",
            ExitCodes.SignInNeeded => "signInRequired",
            ExitCodes.Cancelled => "cancelled",
            _ => "failed",
        }, null, null),
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
