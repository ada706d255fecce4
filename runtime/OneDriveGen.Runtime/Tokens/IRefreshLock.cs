using System;
using System.Threading;
using System.Threading.Tasks;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>
/// A lock held across processes around one account's refresh, so that a farm of nodes sharing a token store sends
/// one refresh request when the access token expires on all of them at once. The node that waited re-reads the
/// store and uses the tokens the winner saved. Implement it over the store's own server (a Redis lock, a database
/// row); within one process <see cref="OneDriveTokenProvider"/> is single-flight without it.
/// </summary>
public interface IRefreshLock
{
    /// <summary>Waits for and takes the lock of <paramref name="account"/>; disposing the result releases it.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string account, CancellationToken cancellationToken = default);
}
