using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using Garnet;

namespace OneDriveGen.Tests.Shared;

/// <summary>
/// The Redis-protocol servers the distributed-store tests run against: an embedded Garnet on a free loopback port,
/// always (so `dotnet test` needs nothing but the SDK), and a real redis-server when one answers (ODG_REDIS, else
/// 127.0.0.1:6379). Under CI=true the real one is required: .ci/run installs and starts it.
/// </summary>
internal static class RedisServers
{
    private static readonly Lazy<string> Garnet = new(StartGarnet);

    private static string Real => Environment.GetEnvironmentVariable("ODG_REDIS") ?? "127.0.0.1:6379";

    /// <summary>The servers to test against, by name, as xunit data (Garnet starts only when a test runs).</summary>
    public static IEnumerable<object[]> Available()
    {
        yield return new object[] { "garnet" };
        var real = Real;
        if (Answers(real) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            yield return new object[] { "redis-server" };
        }
        else
        {
            Console.WriteLine($"SharedStoreTests: no redis-server at {real}, so only the embedded Garnet runs; to run both: apt-get install redis-server && redis-server --daemonize yes --save \"\"");
        }
    }

    /// <summary>The connection string of the server named <paramref name="server"/>.</summary>
    public static string Endpoint(string server) => server == "garnet" ? Garnet.Value : Real;

    private static string StartGarnet()
    {
        var port = FreePorts.Next();
        var server = new GarnetServer(new[] { "--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--lua" });
        server.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return $"127.0.0.1:{port}";
    }

    private static bool Answers(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(endpoint[..colon], int.Parse(endpoint[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Wait(TimeSpan.FromSeconds(1)) && client.Connected;
        }
        catch (Exception e) when (e is SocketException or AggregateException or FormatException or ArgumentException)
        {
            return false;
        }
    }
}
