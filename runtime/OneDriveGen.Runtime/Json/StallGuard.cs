using System;
using System.IO;
using System.Threading;

namespace OneDriveGen.Runtime.Json;

/// <summary>
/// Aborts a response body that stalls: a timer, armed only while a read is actually waiting, that disposes the
/// stream when it fires (the pending read then fails). Reads that complete at once (a small body, already buffered)
/// never create the timer; reads keep the caller's own token, so there is no registration per read.
/// </summary>
internal sealed class StallGuard : IDisposable
{
    private readonly Stream _body;
    private CancellationTokenSource? _timer;
    private CancellationTokenRegistration _abort;

    public StallGuard(Stream body) => _body = body;

    /// <summary>Whether the timer fired, so whatever the read threw means "stalled".</summary>
    public bool Fired => _timer?.IsCancellationRequested == true;

    /// <summary>Gives the waiting read <paramref name="due"/> to complete.</summary>
    public void Arm(TimeSpan due)
    {
        if (_timer is null)
        {
            _timer = new CancellationTokenSource();
            _abort = _timer.Token.Register(static stream => ((Stream)stream!).Dispose(), _body);
        }

        _timer.CancelAfter(due);
    }

    /// <summary>Stops the timer once the read completed: time spent between reads is not the host's.</summary>
    public void Disarm() => _timer?.CancelAfter(Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _abort.Dispose();
        _timer?.Dispose();
    }
}
