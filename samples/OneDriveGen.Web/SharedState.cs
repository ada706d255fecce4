using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace OneDriveGen.Web;

/// <summary>
/// What the nodes of a farm must share: the distributed cache (tokens and sign-ins in flight) and the Data
/// Protection key ring (cookies, antiforgery tokens and the protected cache entries). With ConnectionStrings:Redis
/// both live in Redis, so a user who connected on node A browses on node B with A's cookie; without it, one node
/// keeps them in memory. The same Redis holds the refresh lock, so a token that expires on every node at once is
/// refreshed once.
/// </summary>
internal static class SharedState
{
    private const string ApplicationName = "OneDriveGen.Web";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrEmpty(redis))
        {
            services.AddDistributedMemoryCache();
            services.AddSingleton<OneDriveGen.Runtime.Tokens.IRefreshLock, Connections.SingleNodeRefreshLock>();
            return;
        }

        var connection = ConnectionMultiplexer.Connect(redis);
        services.AddSingleton<IConnectionMultiplexer>(connection);
        services.AddSingleton<OneDriveGen.Runtime.Tokens.IRefreshLock, Connections.RedisRefreshLock>();
        services.AddStackExchangeRedisCache(options => options.ConnectionMultiplexerFactory = () => System.Threading.Tasks.Task.FromResult<IConnectionMultiplexer>(connection));
        protection.PersistKeysToStackExchangeRedis(connection, "onedrive-web:data-protection-keys");
    }
}
