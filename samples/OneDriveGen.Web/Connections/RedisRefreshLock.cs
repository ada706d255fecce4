using System;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Tokens;
using StackExchange.Redis;

namespace OneDriveGen.Web.Connections;

/// <summary>
/// The farm-wide refresh lock over the Redis the nodes already share: SET NX with an expiry (so a node that dies
/// holding it frees it), released only by its holder. One node refreshes; the others wait, then read its tokens.
/// </summary>
internal sealed class RedisRefreshLock(IConnectionMultiplexer redis) : IRefreshLock
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string account, CancellationToken cancellationToken = default)
    {
        var database = redis.GetDatabase();
        var key = (RedisKey)("onedrive-web:refresh-lock:" + account);
        var holder = (RedisValue)Guid.NewGuid().ToString("N");
        while (!await database.LockTakeAsync(key, holder, Hold))
        {
            await Task.Delay(Poll, cancellationToken);
        }

        return new Held(database, key, holder);
    }

    private sealed class Held(IDatabase database, RedisKey key, RedisValue holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await database.LockReleaseAsync(key, holder);
    }
}
