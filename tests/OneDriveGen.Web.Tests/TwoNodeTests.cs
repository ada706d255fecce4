using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Web.Tests;

/// <summary>
/// Two instances of the sample on two ports sharing one Redis-protocol server (and one emulator playing Microsoft):
/// a user who connected on node A browses on node B with A's cookie; when the access token goes bad on both at
/// once, exactly one refresh request reaches the token endpoint and both pages render.
/// </summary>
public sealed class TwoNodeTests
{
    [Theory]
    [MemberData(nameof(RedisServers.Available), MemberType = typeof(RedisServers))]
    public async Task Connect_on_one_node_browse_on_the_other_and_refresh_once(string server)
    {
        await using var emulator = await EmbeddedOneDrive.StartAsync(new EmulatorOptions { Consent = ConsentMode.Interactive });
        var redis = RedisServers.Endpoint(server) + ",allowAdmin=false";
        await using var nodeA = await StartNodeAsync(emulator, redis);
        await using var nodeB = await StartNodeAsync(emulator, redis);
        var user = "farm-" + Guid.NewGuid().ToString("N")[..8];
        using var onA = new WebVisitor(nodeA.BaseUrl);
        using var onB = new WebVisitor(nodeB.BaseUrl, onA.Cookies);
        await onA.SignInAsync(user);
        await onA.ConnectAsync();
        Assert.Equal("/browse", onA.Address.AbsolutePath);

        await onB.GoAsync("/browse");
        Assert.Equal(HttpStatusCode.OK, onB.Status);
        Assert.Contains("Pictures", onB.Page, StringComparison.Ordinal);

        // Two hours on at the emulator: the access token both nodes hold is refused there (401) from now on.
        emulator.Clock.Advance(TimeSpan.FromHours(2));
        var before = TokenRequests(emulator);
        var pages = await Task.WhenAll(BrowseAsync(nodeA.BaseUrl, onA.Cookies), BrowseAsync(nodeB.BaseUrl, onA.Cookies));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p));
        Assert.Equal(1, TokenRequests(emulator) - before);
    }

    private static async Task<HttpStatusCode> BrowseAsync(string baseUrl, CookieContainer cookies)
    {
        using var visitor = new WebVisitor(baseUrl, cookies);
        await visitor.GoAsync("/browse");
        return visitor.Status;
    }

    private static int TokenRequests(OneDriveEmulator emulator) =>
        emulator.Requests.Snapshot().Count(r => r.Method == "POST" && r.RawTarget.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));

    private static Task<WebSample> StartNodeAsync(OneDriveEmulator emulator, string redis)
    {
        var baseUrl = $"http://localhost:{FreePorts.Next()}";
        var settings = new Dictionary<string, string?>(EmbeddedOneDrive.Settings(emulator, baseUrl + "/onedrive/callback"))
        {
            ["Urls"] = baseUrl,
            ["ConnectionStrings:Redis"] = redis,
            ["Imports:Folder"] = Path.Combine(Path.GetTempPath(), "odg-web-nodes"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        return WebSample.StartAsync(Array.Empty<string>(), settings);
    }
}
