using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// A copy the service is doing in the background: polls its monitor URL (without Authorization, as the monitor
/// needs none) until it completes or fails.
/// </summary>
public sealed class CopyHandle
{
    private readonly HttpClient _monitor;

    internal CopyHandle(HttpClient monitor, Uri monitorUrl)
    {
        _monitor = monitor;
        MonitorUrl = monitorUrl;
    }

    /// <summary>The monitor URL the service returned in Location.</summary>
    public Uri MonitorUrl { get; }

    /// <summary>Polls until the copy is done and returns the new item's ID.</summary>
    /// <exception cref="InvalidOperationException">The copy failed; the message carries the service's status and error code.</exception>
    public async Task<string> WaitAsync(TimeSpan pollInterval, IProgress<double>? percentComplete = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            using var response = await _monitor.GetAsync(MonitorUrl, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.SeeOther && response.Headers.Location is { } done)
            {
                // Some services answer 303 with the new item's URL: its last segment is the ID.
                return Uri.UnescapeDataString(done.Segments[^1]);
            }

            response.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
            var root = json.RootElement;
            var status = root.TryGetProperty("status", out var s) ? s.GetString() : null;
            if (root.TryGetProperty("percentageComplete", out var p) && p.ValueKind == JsonValueKind.Number)
            {
                percentComplete?.Report(p.GetDouble());
            }

            switch (status)
            {
                case "completed" when root.TryGetProperty("resourceId", out var id):
                    return id.GetString()!;
                case "failed" or "deleteFailed":
                    var code = root.TryGetProperty("errorCode", out var e) ? e.GetString() : null;
                    throw new InvalidOperationException($"The copy failed ({status}{(code is null ? string.Empty : ", " + code)}).");
            }

            await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
