using System;
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
/// Downloads a file to any stream in constant memory: reads the item (its pre-authenticated URL, size, eTag and
/// hashes) through Graph, fetches the content from the download host without Authorization, resumes with Range after
/// a dropped connection (the eTag must not change: a changed file is never stitched together), reports progress, and
/// checks the hash the service reports (quickXorHash, else SHA-1, else SHA-256).
/// </summary>
public sealed class DriveDownloader
{
    private const int BufferSize = 81920;
    private readonly IRequestAdapter _graph;
    private readonly HttpClient _content;

    /// <summary>Creates the downloader.</summary>
    /// <param name="graph">The adapter of Graph requests (with authentication).</param>
    /// <param name="content">A plain HttpClient for the download host: it must add no Authorization.</param>
    public DriveDownloader(IRequestAdapter graph, HttpClient content)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _content = content ?? throw new ArgumentNullException(nameof(content));
    }

    /// <summary>How many times a dropped transfer is resumed before giving up.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>How long the download host may send nothing before the transfer is resumed with Range (default 30 s).</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Downloads the item <paramref name="itemRequest"/> reads (such as <c>client.Me.Drive.Items[id].ToGetRequestInformation()</c>)
    /// and returns it as your model reads it: <c>DownloadAsync(request, DriveItem.ReadJson, stream)</c>.
    /// </summary>
    /// <param name="itemRequest">The request of the item's metadata.</param>
    /// <param name="readItem">Your model's generated reader, such as <c>DriveItem.ReadJson</c>.</param>
    /// <param name="destination">Where the bytes go, in order.</param>
    /// <param name="progress">Receives the bytes written so far.</param>
    /// <param name="verifyHash">Whether to check the hash the service reports.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The item as it was downloaded.</returns>
    /// <exception cref="FileChangedException">The file changed during a resumed download.</exception>
    /// <exception cref="InvalidDataException">The bytes do not match the hash the service reports.</exception>
    public async Task<TItem> DownloadAsync<TItem>(RequestInformation itemRequest, JsonValueReader<TItem> readItem, Stream destination, IProgress<TransferProgress>? progress = null, bool verifyHash = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemRequest);
        ArgumentNullException.ThrowIfNull(readItem);
        ArgumentNullException.ThrowIfNull(destination);
        var (result, item) = await ReadItemAsync(itemRequest, readItem, cancellationToken).ConfigureAwait(false);
        await TransferAsync(itemRequest, item, destination, progress, verifyHash, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Downloads an item already read in a listing (a folder's children): its download URL and eTag are used for
    /// the first attempt, so no second metadata request is made; an expired URL is refreshed as usual.
    /// </summary>
    internal async Task DownloadListedAsync(RequestInformation itemRequest, DownloadableItem listed, Stream destination, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        var item = listed.DownloadUrl is null
            ? (await ReadItemAsync(itemRequest, DownloadableItem.Read, cancellationToken).ConfigureAwait(false)).Download
            : listed;
        await TransferAsync(itemRequest, item, destination, progress, verifyHash: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task TransferAsync(RequestInformation itemRequest, DownloadableItem item, Stream destination, IProgress<TransferProgress>? progress, bool verifyHash, CancellationToken cancellationToken)
    {
        var expectedETag = item.ETag;

        // Only the hash that will be checked is computed (see ContentHash for which).
        using var hash = verifyHash ? ContentHash.For(item) : null;
        var buffer = new byte[BufferSize];
        long written = 0;
        var total = item.Size;
        if (item.IsFolder)
        {
            throw new ArgumentException($"'{item.Name}' is a folder: download its files one by one.", nameof(itemRequest));
        }

        var url = item.DownloadUrl ?? await ContentUrlAsync(itemRequest, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (written > 0)
                {
                    request.Headers.Range = new RangeHeaderValue(written, null);
                }

                using var response = await _content.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && attempt < MaxAttempts)
                {
                    // The pre-authenticated URL expired: read the item again for a fresh one.
                    var (_, fresh) = await ReadItemAsync(itemRequest, DownloadableItem.Read, cancellationToken).ConfigureAwait(false);
                    CheckUnchanged(item, expectedETag, fresh.ETag);
                    url = fresh.DownloadUrl ?? await ContentUrlAsync(itemRequest, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                response.EnsureSuccessStatusCode();
                var etag = response.Headers.ETag?.Tag;
                if (written > 0)
                {
                    CheckUnchanged(item, expectedETag, etag);
                }

                // Without a size on the item, the host's Content-Range total (or its length on a full answer) bounds it.
                total ??= response.Content.Headers.ContentRange?.Length ?? (response.StatusCode == HttpStatusCode.OK ? response.Content.Headers.ContentLength : null);
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                using var stall = new StallGuard(body);
                var skip = written > 0 && response.StatusCode == HttpStatusCode.OK ? written : 0;
                int read;
                while (true)
                {
                    try
                    {
                        var reading = body.ReadAsync(buffer, cancellationToken);
                        if (!reading.IsCompleted)
                        {
                            stall.Arm(StallTimeout);
                        }

                        read = await reading.ConfigureAwait(false);
                        stall.Disarm();
                    }
                    catch (Exception) when (stall.Fired && !cancellationToken.IsCancellationRequested)
                    {
                        throw new IOException($"The download host sent nothing for {StallTimeout.TotalSeconds:0} seconds.");
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    var offset = 0;
                    if (skip > 0)
                    {
                        // The host ignored Range and sent everything: drop what we already have.
                        offset = (int)Math.Min(skip, read);
                        skip -= offset;
                        if (offset == read)
                        {
                            continue;
                        }
                    }

                    if (total is { } size && written + (read - offset) > size)
                    {
                        // Never a byte past the size the item reported: the host is wrong or hostile.
                        throw new InvalidDataException($"The download host sent more than the {size} bytes '{item.Name}' has; nothing past them was written.");
                    }

                    await destination.WriteAsync(buffer.AsMemory(offset, read - offset), cancellationToken).ConfigureAwait(false);
                    hash?.Append(buffer.AsSpan(offset, read - offset));
                    written += read - offset;
                    progress?.Report(new TransferProgress(written, total));
                }

                if (total is null || written >= total)
                {
                    break;
                }

                throw new IOException($"The download ended after {written} of {total} bytes.");
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException && attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }

        if (hash is not null && !hash.Matches())
        {
            throw new InvalidDataException($"The downloaded bytes of '{item.Name}' do not match the {hash.Name} the service reports ({hash.Expected}).");
        }

    }

    // Graph leaves @microsoft.graph.downloadUrl out of some answers ($select, some business drives, delta pages):
    // then …/content, sent with the adapter's authentication (the one place a token is attached), answers 302 with
    // the pre-authenticated URL, which is read here and never followed with the token.
    private async Task<string> ContentUrlAsync(RequestInformation itemRequest, CancellationToken cancellationToken)
    {
        var content = new RequestInformation { HttpMethod = Method.GET };
        content.PathParameters["request-raw-url"] = ItemUrl.Of(itemRequest) + "/content";
        using var request = await _graph.ConvertToNativeRequestAsync<HttpRequestMessage>(content, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The request adapter made no HTTP request.");
        var asked = request.RequestUri!;
        using var response = await _content.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            return (location.IsAbsoluteUri ? location : new Uri(asked, location)).AbsoluteUri;
        }

        // A client that follows redirects itself (HttpClient's default; it drops Authorization on the way) ends on
        // the pre-authenticated URL: that is the one to download from, with Range, like any other.
        if (response.IsSuccessStatusCode && response.RequestMessage?.RequestUri is { } landed && landed != asked)
        {
            return landed.AbsoluteUri;
        }

        throw new HttpRequestException($"The item has no download URL, and {asked.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} instead of a redirect to one.", null, response.StatusCode);
    }

    // One response, read twice from the same buffer: once by the caller's model, once for what the download needs.
    private async Task<(TItem Item, DownloadableItem Download)> ReadItemAsync<TItem>(RequestInformation itemRequest, JsonValueReader<TItem> readItem, CancellationToken cancellationToken)
    {
        JsonValueReader<(TItem?, DownloadableItem?)> readBoth = (ref Utf8JsonReader reader) =>
        {
            var copy = reader;
            return (readItem(ref reader), DownloadableItem.Read(ref copy));
        };
        var (item, download) = await GraphJson.SendAsync(_graph, itemRequest, readBoth, cancellationToken).ConfigureAwait(false);
        return item is null || download is null
            ? throw new InvalidOperationException("The item request returned nothing.")
            : (item, download);
    }

    private static void CheckUnchanged(DownloadableItem item, string? expected, string? actual)
    {
        if (expected is not null && actual is not null && !string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new FileChangedException(item.Id ?? "?", expected, actual);
        }
    }
}
