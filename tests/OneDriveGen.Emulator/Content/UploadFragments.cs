using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Emulator.Graph;
using OneDriveGen.Emulator.Hosting;

namespace OneDriveGen.Emulator.Content;

/// <summary>
/// The upload URL of a session: PUT fragments (Content-Range, 320 KiB multiples but the last, under 60 MiB, in
/// order), GET its status, DELETE to cancel. 202 with nextExpectedRanges until the last fragment, then 201/200.
/// </summary>
internal static class UploadFragments
{
    public const long FragmentUnit = 320 * 1024;
    public const long MaxFragment = 60L * 1024 * 1024;

    public static async Task HandleAsync(HttpContext context, EmulatorState state, string id)
    {
        var now = state.Now;
        if (context.Request.Headers.Authorization.Count > 0)
        {
            await FailAsync(context, state, new DriveError(401, "unauthenticated", "Unauthenticated: the upload URL is pre-authenticated and takes no Authorization header."));
            return;
        }

        if (!state.UploadSessions.TryGetValue(id, out var session) || now > session.ExpiresAt)
        {
            await FailAsync(context, state, new DriveError(404, "itemNotFound", "The upload session was not found", "uploadSessionNotFound"));
            return;
        }

        if (now > session.HardExpiresAt)
        {
            await FailAsync(context, state, new DriveError(401, "unauthenticated", "The access token has expired.", "expiredToken"));
            return;
        }

        await session.Gate.WaitAsync(context.RequestAborted);
        try
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await StatusAsync(context, session, 200);
            }
            else if (HttpMethods.IsDelete(context.Request.Method))
            {
                state.UploadSessions.TryRemove(id, out _);
                File.Delete(session.TempPath);
                context.Response.StatusCode = 204;
            }
            else if (HttpMethods.IsPut(context.Request.Method))
            {
                await PutAsync(context, state, session);
            }
            else if (HttpMethods.IsPost(context.Request.Method))
            {
                await ExplicitCommitAsync(context, state, session);
            }
            else
            {
                context.Response.StatusCode = 405;
            }
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private static async Task PutAsync(HttpContext context, EmulatorState state, UploadSession session)
    {
        var range = RangeHeader.ParseContentRange(context.Request.Headers.ContentRange.ToString());
        if (range is not { } r)
        {
            await FailAsync(context, state, new DriveError(400, "invalidRequest", "The Content-Range header is missing or malformed; send bytes start-end/total.", "invalidRange"));
            return;
        }

        var length = r.End - r.Start + 1;
        if (context.Request.ContentLength is null)
        {
            // "Upload bytes to the upload session": Content-Length is required on every fragment.
            await FailAsync(context, state, new DriveError(411, "invalidRequest", "The Content-Length header is required.", "lengthRequired"));
            return;
        }

        if (context.Request.ContentLength is { } declared && declared != length)
        {
            await FailAsync(context, state, new DriveError(400, "invalidRange", "The Content-Length does not match the Content-Range.", "fragmentLengthMismatch"));
            return;
        }

        if ((session.Total ?? session.DeclaredSize) is { } total && total != r.Total)
        {
            await FailAsync(context, state, new DriveError(400, "invalidRange", "The total length in Content-Range differs from earlier fragments.", "fragmentLengthMismatch"));
            return;
        }

        if (length >= MaxFragment)
        {
            await FailAsync(context, state, new DriveError(413, "invalidRequest", "A fragment must be smaller than 60 MiB.", "fragmentTooLarge"));
            return;
        }

        var last = r.End + 1 == r.Total;
        if (!last && length % FragmentUnit != 0)
        {
            await FailAsync(context, state, new DriveError(400, "invalidRange", "Fragment sizes must be a multiple of 320 KiB (327,680 bytes), except the last.", "invalidFragmentSize"));
            return;
        }

        if (r.Start != session.Received)
        {
            var inner = r.Start < session.Received ? "fragmentOverlap" : "fragmentOutOfOrder";
            var message = r.Start < session.Received ? "The uploaded fragment overlaps with data that has already been received." : "The uploaded fragment is out of order.";
            await FailAsync(context, state, new DriveError(416, "invalidRange", message, inner));
            return;
        }

        session.Total = r.Total;
        var received = await ReceiveAsync(context, session, r.Start, length);
        if (received < length)
        {
            // The client went away (or a reset fault fired): the fragment is discarded, unless the oddity keeps part of it.
            if (state.Options.Oddities.MisalignedUploadRanges && received > 0)
            {
                session.Received = r.Start + received;
            }

            return;
        }

        session.Received = r.End + 1;
        session.ExpiresAt = state.Now + state.Options.UploadSessionIdleLifetime;
        if (session.Received < r.Total || session.DeferCommit)
        {
            await StatusAsync(context, session, 202);
            return;
        }

        await CommitAsync(context, state, session);
    }

    /// <summary>
    /// deferCommit's completion: POST to the upload URL with no content once every byte is there ("Completing a
    /// file"; documented for OneDrive for Business and SharePoint only).
    /// </summary>
    private static async Task ExplicitCommitAsync(HttpContext context, EmulatorState state, UploadSession session)
    {
        if (session.Drive.DriveType != "business")
        {
            await FailAsync(context, state, new DriveError(400, "invalidRequest", "Explicit commit of an upload session is supported on OneDrive for Business and SharePoint only."));
            return;
        }

        if (context.Request.ContentLength is not 0)
        {
            await FailAsync(context, state, new DriveError(400, "invalidRequest", "An explicit commit has no content: send Content-Length: 0."));
            return;
        }

        if (!session.IsComplete)
        {
            await FailAsync(context, state, new DriveError(400, "invalidRequest", "The upload session is missing bytes; upload every range before committing.", "uploadSessionIncomplete"));
            return;
        }

        await CommitAsync(context, state, session);
    }

    private static async Task<long> ReceiveAsync(HttpContext context, UploadSession session, long offset, long length)
    {
        var resetAt = FaultInjector.RequestResetAt(context);
        var buffer = new byte[81920];
        long total = 0;
        await using (var file = new FileStream(session.TempPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1, FileOptions.Asynchronous))
        {
            file.Position = offset;
            try
            {
                while (total < length)
                {
                    var want = (int)Math.Min(buffer.Length, Math.Min(length - total, (resetAt ?? long.MaxValue) - total));
                    if (want <= 0)
                    {
                        context.Abort();
                        break;
                    }

                    var read = await context.Request.Body.ReadAsync(buffer.AsMemory(0, want), context.RequestAborted);
                    if (read == 0)
                    {
                        break;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read));
                    total += read;
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or BadHttpRequestException)
            {
                // A cut connection: what arrived is kept only by the misaligned-ranges oddity.
            }

            if (total < length)
            {
                file.SetLength(offset + total);
            }
        }

        return total;
    }

    private static async Task CommitAsync(HttpContext context, EmulatorState state, UploadSession session)
    {
        var (node, created, error) = await UploadCommit.CommitAsync(state, session, context.RequestAborted);
        if (node is null)
        {
            await FailAsync(context, state, error!);
            return;
        }

        GraphResponses.AddStandardHeaders(context);
        await GraphResponses.WriteJsonAsync(context, created ? 201 : 200, writer => ItemJson.Write(writer, node, session.Drive, state));
    }

    private static Task StatusAsync(HttpContext context, UploadSession session, int status) =>
        GraphResponses.WriteJsonAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("expirationDateTime", session.ExpiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            writer.WriteStartArray("nextExpectedRanges");
            if (!session.IsComplete)
            {
                writer.WriteStringValue(session.Received.ToString(CultureInfo.InvariantCulture) + "-");
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static Task FailAsync(HttpContext context, EmulatorState state, DriveError error)
    {
        GraphResponses.AddStandardHeaders(context);
        return GraphResponses.WriteErrorAsync(context, error, state.Now);
    }
}
