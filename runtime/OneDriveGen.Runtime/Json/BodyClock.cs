using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OneDriveGen.Runtime.Json;

/// <summary>
/// Times the reads of one response body: each read may wait at most the stall timeout, and all of them together the
/// body timeout. A timeout is a <see cref="TimeoutException"/>; the caller's own cancellation stays an
/// OperationCanceledException.
/// </summary>
internal sealed class BodyClock : IDisposable
{
    private readonly ResponseLimits _limits;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource _total;
    private readonly CancellationTokenSource _stall;

    public BodyClock(ResponseLimits limits, CancellationToken caller)
    {
        _limits = limits;
        _caller = caller;
        _total = CancellationTokenSource.CreateLinkedTokenSource(caller);
        _total.CancelAfter(limits.BodyTimeout);
        _stall = CancellationTokenSource.CreateLinkedTokenSource(_total.Token);
    }

    public async ValueTask<int> ReadAsync(Stream stream, Memory<byte> buffer)
    {
        // Rescheduled before every read: one timer for the whole body, not one per read.
        _stall.CancelAfter(_limits.StallTimeout);
        try
        {
            return await stream.ReadAsync(buffer, _stall.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_caller.IsCancellationRequested)
        {
            throw new TimeoutException(_total.IsCancellationRequested
                ? $"The response body took longer than {_limits.BodyTimeout.TotalSeconds:0} seconds (ResponseLimits.BodyTimeout)."
                : $"The response body sent nothing for {_limits.StallTimeout.TotalSeconds:0} seconds (ResponseLimits.StallTimeout).");
        }
    }

    public void Dispose()
    {
        _stall.Dispose();
        _total.Dispose();
    }
}
