using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Tokens;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// Stores shared between processes or nodes: each Redis-protocol server of <see cref="RedisServers"/> (an embedded
/// Garnet, and a real redis-server where one answers), and two real processes refreshing one account through one
/// file store.
/// </summary>
public class SharedStoreTests
{
    public static IEnumerable<object[]> Servers => RedisServers.Available();

    private static DistributedCacheTokenStore RedisStore(string redis, string instance, IDataProtectionProvider protection) =>
        new(new RedisCache(new RedisCacheOptions { Configuration = redis + ",abortConnect=false,connectTimeout=2000", InstanceName = instance }), protection);

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task RedisStoreRoundTripsProtectedTokens(string server)
    {
        var redis = RedisServers.Endpoint(server);
        var instance = "odg-test-" + Guid.NewGuid().ToString("N") + ":";
        var protection = new EphemeralDataProtectionProvider();
        var store = RedisStore(redis, instance, protection);
        var tokens = new TokenSet("EwA-access-redis", "M.R3-refresh-redis", DateTimeOffset.UtcNow.AddHours(1), new[] { "offline_access" }, "user");

        await store.SetAsync("alice", tokens);
        var back = await RedisStore(redis, instance, protection).GetAsync("alice");
        var raw = await new RedisCache(new RedisCacheOptions { Configuration = redis, InstanceName = instance }).GetAsync("onedrivegen:tokens:alice");
        await store.RemoveAsync("alice");

        Assert.Equal("M.R3-refresh-redis", back!.RefreshToken);
        Assert.DoesNotContain("refresh-redis", Encoding.UTF8.GetString(raw!));
        Assert.Null(await store.GetAsync("alice"));
    }

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task TwoNodesOnRedisRacingWithSingleUseRefreshTokensBothSucceed(string server)
    {
        var redis = RedisServers.Endpoint(server);
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.RefreshTokenReuse = RefreshTokenReuse.SingleUse);
        var instance = "odg-test-" + Guid.NewGuid().ToString("N") + ":";
        var protection = new EphemeralDataProtectionProvider();
        var session = h.SignIn.Begin();
        var tokens = await h.SignIn.CompleteAsync(session, await h.AuthorizeRedirectAsync(session));
        await RedisStore(redis, instance, protection).SetAsync("default", tokens with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        var nodeA = new OneDriveTokenProvider(h.SignIn, RedisStore(redis, instance, protection), h.Options, TimeProvider.System);
        var nodeB = new OneDriveTokenProvider(h.SignIn, RedisStore(redis, instance, protection), h.Options, TimeProvider.System);
        var uri = new Uri(h.Options.GraphBaseUrl + "/me/drive");

        var results = await Task.WhenAll(nodeA.GetAuthorizationTokenAsync(uri), nodeB.GetAuthorizationTokenAsync(uri));

        Assert.All(results, token => Assert.False(string.IsNullOrEmpty(token)));
        var stored = (await RedisStore(redis, instance, protection).GetAsync("default"))!;
        Assert.NotEqual(tokens.RefreshToken, stored.RefreshToken);
        var next = await h.SignIn.RefreshAsync(stored.RefreshToken!);
        Assert.NotNull(next.AccessToken);
    }

    [Fact]
    public async Task TwoProcessesRefreshingThroughOneFileStoreLoseNothing()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.RefreshTokenReuse = RefreshTokenReuse.SingleUse);
        var directory = Path.Combine(Path.GetTempPath(), "odg-race-" + Guid.NewGuid().ToString("N"));
        var cache = Path.Combine(directory, "tokens.bin");
        try
        {
            var session = h.SignIn.Begin();
            var tokens = await h.SignIn.CompleteAsync(session, await h.AuthorizeRedirectAsync(session));
            await FileTokenStore.CreateDefault(cache).SetAsync("default", tokens with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
            var start = DateTimeOffset.UtcNow.AddSeconds(3).ToUnixTimeMilliseconds();

            var outputs = await Task.WhenAll(RunRaceClientAsync(h, cache, start), RunRaceClientAsync(h, cache, start));

            Assert.All(outputs, output => Assert.StartsWith("OK", output));
            var refreshPosts = h.Emulator.Requests.Snapshot().Count(r => r.Method == "POST" && r.RawTarget.EndsWith("/token", StringComparison.Ordinal));
            Assert.InRange(refreshPosts, 2, 3);
            var stored = (await FileTokenStore.CreateDefault(cache).GetAsync("default"))!;
            var next = await h.SignIn.RefreshAsync(stored.RefreshToken!);
            Assert.NotNull(next.AccessToken);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<string> RunRaceClientAsync(RuntimeHarness h, string cache, long startUnixMs)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OneDriveGen.Runtime.RaceClient.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { dll, h.Emulator.AuthorityHost, h.Emulator.GraphBaseUrl, h.Options.ClientId, cache, startUnixMs.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim() + error.Trim();
    }
}
