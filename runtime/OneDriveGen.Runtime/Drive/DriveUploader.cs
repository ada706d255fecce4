using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Generated;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// Uploads a stream to a path in one call: a simple PUT up to <see cref="SimpleUploadThreshold"/>, an upload session
/// above it, in fragments that are a multiple of 320 KiB, sent without Authorization to the upload URL, each one kept
/// in a buffer so it can be sent again. The upload follows the server's nextExpectedRanges (never a local counter),
/// waits out Retry-After, starts a new session once if the old one expired, and cancels the session when cancelled.
/// </summary>
public sealed class DriveUploader
{
    /// <summary>Fragments must be a multiple of this (320 KiB).</summary>
    public const int FragmentUnit = 320 * 1024;

    private readonly IRequestAdapter _graph;
    private readonly HttpClient _upload;
    private readonly int _fragmentSize = 32 * FragmentUnit;

    /// <summary>Creates the uploader.</summary>
    /// <param name="graph">The adapter of Graph requests (with authentication).</param>
    /// <param name="upload">A plain HttpClient for upload URLs: it must add no Authorization.</param>
    public DriveUploader(IRequestAdapter graph, HttpClient upload)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _upload = upload ?? throw new ArgumentNullException(nameof(upload));
    }

    /// <summary>Files up to this size go in one PUT (default 4 MiB).</summary>
    public long SimpleUploadThreshold { get; init; } = 4 * 1024 * 1024;

    /// <summary>The fragment size of upload sessions: a multiple of 320 KiB under 60 MiB (default 10 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a multiple of 320 KiB, or not under 60 MiB.</exception>
    public int FragmentSize
    {
        get => _fragmentSize;
        init => _fragmentSize = value > 0 && value % FragmentUnit == 0 && value < 60 * 1024 * 1024
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FragmentSize), value, "Fragments must be a multiple of 320 KiB (327,680 bytes) and under 60 MiB.");
    }

    /// <summary>How many times one fragment is tried before giving up.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Called with the upload URL when a session starts, so it can be saved to resume after a restart.</summary>
    public Action<string>? SessionStarted { get; init; }

    /// <summary>
    /// Uploads <paramref name="content"/> (seekable, so fragments can be re-read) to the item <paramref name="target"/>
    /// addresses, such as <c>client.Me.Drive.Root.ItemWithPath("Documents/report.pdf").ToGetRequestInformation()</c>
    /// (any drive, any path- or ID-addressed item), and returns the uploaded item as your model reads it.
    /// </summary>
    /// <param name="content">The bytes to upload, from position 0.</param>
    /// <param name="target">A request of the item to create or replace; only its URL and its builder's error model are used.</param>
    /// <param name="readItem">Your model's generated reader, such as <c>DriveItem.ReadJson</c>.</param>
    /// <param name="conflictBehavior">What to do when the name is taken: replace it (the default), fail, or rename the new one.</param>
    /// <param name="progress">Receives the bytes the server has acknowledged.</param>
    /// <param name="cancellationToken">Cancels the upload, and its session.</param>
    public async Task<TItem> UploadAsync<TItem>(Stream content, RequestInformation target, JsonValueReader<TItem> readItem, ConflictBehavior conflictBehavior = ConflictBehavior.Replace, IProgress<TransferProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(readItem);
        _ = conflictBehavior.ToWire(); // an undefined value fails here, before anything is sent
        if (!content.CanSeek)
        {
            throw new ArgumentException("The upload needs a seekable stream, so that a failed fragment can be read again.", nameof(content));
        }

        var item = new UploadTarget(target);
        var length = content.Length;
        if (length <= SimpleUploadThreshold)
        {
            content.Position = 0;
            var request = item.SimpleUpload(new LeaveOpenStream(content), conflictBehavior);
            var uploaded = await GraphJson.SendAsync(_graph, request, readItem, cancellationToken).ConfigureAwait(false);
            progress?.Report(new TransferProgress(length, length));
            return uploaded ?? throw new JsonException("The upload's answer had no item.");
        }

        for (var session = 1; ; session++)
        {
            var uploadUrl = await GraphJson.SendAsync(_graph, item.CreateSession(conflictBehavior), UploadTarget.ReadUploadUrl, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The upload session was created without an uploadUrl.");
            SessionStarted?.Invoke(uploadUrl);
            try
            {
                return await SendFragmentsAsync(content, uploadUrl, 0, readItem, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (UploadSessionExpiredException) when (session == 1)
            {
                // The session expired or vanished: one fresh session from the start.
            }
        }
    }

    /// <summary>Resumes a session saved from <see cref="SessionStarted"/> (after a restart), from the server's ranges.</summary>
    public async Task<TItem> ResumeAsync<TItem>(Stream content, string uploadUrl, JsonValueReader<TItem> readItem, IProgress<TransferProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(uploadUrl);
        ArgumentNullException.ThrowIfNull(readItem);
        var next = await NextExpectedAsync(uploadUrl, cancellationToken).ConfigureAwait(false);
        return await SendFragmentsAsync(content, uploadUrl, next, readItem, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TItem> SendFragmentsAsync<TItem>(Stream content, string uploadUrl, long start, JsonValueReader<TItem> readItem, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        var total = content.Length;
        // Exactly one fragment (or the whole file if smaller): the shared pool would round 10 MiB up to 16 MiB,
        // and one allocation per upload is nothing next to the fragments it carries.
        var buffer = GC.AllocateUninitializedArray<byte>((int)Math.Clamp(total - start, 1, _fragmentSize));
        try
        {
            var attempts = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var length = (int)Math.Min(_fragmentSize, total - start);
                content.Position = start;
                await content.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                using var fragment = new ByteArrayContent(buffer, 0, length);
                fragment.Headers.ContentRange = new ContentRangeHeaderValue(start, start + length - 1, total);
                HttpResponseMessage response;
                try
                {
                    response = await _upload.PutAsync(uploadUrl, fragment, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException && ++attempts < MaxAttempts)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250 * attempts), cancellationToken).ConfigureAwait(false);
                    start = await NextExpectedAsync(uploadUrl, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                using (response)
                {
                    switch (response.StatusCode)
                    {
                        case HttpStatusCode.OK or HttpStatusCode.Created:
                            progress?.Report(new TransferProgress(total, total));
                            return await ReadItemAsync(response, readItem, cancellationToken).ConfigureAwait(false);
                        case HttpStatusCode.Accepted:
                            attempts = 0;
                            start = await NextFromBodyAsync(response, cancellationToken).ConfigureAwait(false);
                            progress?.Report(new TransferProgress(start, total));
                            continue;
                        case HttpStatusCode.NotFound:
                            throw new UploadSessionExpiredException();
                    }

                    if (++attempts >= MaxAttempts)
                    {
                        throw new HttpRequestException($"An upload fragment failed {attempts} times; the last answer was {(int)response.StatusCode}.", null, response.StatusCode);
                    }

                    await Task.Delay(RetryDelay(response, attempts), cancellationToken).ConfigureAwait(false);
                    start = await NextExpectedAsync(uploadUrl, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A cancelled upload leaves nothing behind on the server.
            using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                using var deleted = await _upload.DeleteAsync(uploadUrl, cleanup.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                // Best effort: the session expires on its own.
            }

            throw;
        }
    }

    private static TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1));
    }

    private async Task<long> NextExpectedAsync(string uploadUrl, CancellationToken cancellationToken)
    {
        using var response = await _upload.GetAsync(uploadUrl, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new UploadSessionExpiredException();
        }

        response.EnsureSuccessStatusCode();
        return await NextFromBodyAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> NextFromBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
        var first = json.RootElement.GetProperty("nextExpectedRanges")[0].GetString()!;
        return long.Parse(first.AsSpan(0, first.IndexOf('-', StringComparison.Ordinal)), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static async Task<TItem> ReadItemAsync<TItem>(HttpResponseMessage response, JsonValueReader<TItem> readItem, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            return await GraphJson.ReadAsync(body, readItem, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The upload's last answer had no item.");
        }
    }
}
