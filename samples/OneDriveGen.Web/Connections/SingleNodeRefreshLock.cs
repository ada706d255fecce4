using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Web.Connections;

/// <summary>
/// The refresh lock of a single node, whose tokens live in its own memory: no other process can be refreshing, so a
/// refused refresh token is final at once (with no lock the provider would first wait for another process's tokens).
/// </summary>
internal sealed class SingleNodeRefreshLock : IRefreshLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string account, CancellationToken cancellationToken = default)
    {
        var gate = _locks.GetOrAdd(account, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Held(gate);
    }

    private sealed class Held(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
