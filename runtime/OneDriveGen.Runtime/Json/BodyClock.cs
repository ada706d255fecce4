using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OneDriveGen.Runtime.Json;

/// <summary>
/// Times the reads of one response body: each read may wait at most the stall timeout, and all of them together the
/// body timeout. One timer serves both (rescheduled before every read to whichever comes first), so a body costs
/// one CancellationTokenSource. A timeout is a <see cref="TimeoutException"/>; the caller's own cancellation stays an
/// OperationCanceledException.
/// </summary>
internal sealed class BodyClock : IDisposable
{
    private readonly ResponseLimits _limits;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource _timer;
    private readonly long _started = Stopwatch.GetTimestamp();

    public BodyClock(ResponseLimits limits, CancellationToken caller)
    {
        _limits = limits;
        _caller = caller;
        _timer = caller.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(caller) : new CancellationTokenSource();
    }

    public async ValueTask<int> ReadAsync(Stream stream, Memory<byte> buffer)
    {
        var left = _limits.BodyTimeout - Stopwatch.GetElapsedTime(_started);
        if (left <= TimeSpan.Zero)
        {
            throw BodyTooSlow();
        }

        _timer.CancelAfter(left < _limits.StallTimeout ? left : _limits.StallTimeout);
        try
        {
            return await stream.ReadAsync(buffer, _timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_caller.IsCancellationRequested)
        {
            throw Stopwatch.GetElapsedTime(_started) >= _limits.BodyTimeout
                ? BodyTooSlow()
                : new TimeoutException($"The response body sent nothing for {_limits.StallTimeout.TotalSeconds:0} seconds (ResponseLimits.StallTimeout).");
        }
    }

    public void Dispose() => _timer.Dispose();

    private TimeoutException BodyTooSlow() =>
        new($"The response body took longer than {_limits.BodyTimeout.TotalSeconds:0} seconds (ResponseLimits.BodyTimeout).");
}
