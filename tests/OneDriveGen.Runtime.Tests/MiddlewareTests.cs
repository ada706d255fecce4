using System;
using System.Linq;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Http;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>What the runtime's pipeline puts on the wire: its User-Agent, decoded query names, no Accept header.</summary>
public class MiddlewareTests
{
    [Fact]
    public async Task RequestsCarryTheUserAgentAndDollarQueryNames()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, _, _) = await h.SignInAsync();
        h.Emulator.Requests.Clear();

        var page = await client.Me.Drive.Root.Children.GetAsync(c =>
        {
            c.QueryParameters.Top = 2;
            c.QueryParameters.Select = new[] { "id", "name" };
        });

        var call = Assert.Single(h.Emulator.Requests.Snapshot());
        Assert.Equal(2, page!.Value!.Count);
        Assert.Equal("/v1.0/me/drive/root/children?$select=id,name&$top=2", call.RawTarget);
        Assert.StartsWith("OneDriveGen/", call.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal(OneDriveMiddleware.UserAgent.ToString(), call.Headers["User-Agent"]);
        Assert.False(call.Headers.ContainsKey("Accept"));
    }

    [Fact]
    public void EachPipelineGetsItsOwnHandlers()
    {
        var first = OneDriveMiddleware.CreateHandlers();
        var second = OneDriveMiddleware.CreateHandlers();

        Assert.Equal(first.Select(h => h.GetType()), second.Select(h => h.GetType()));
        Assert.All(first.Zip(second), pair => Assert.NotSame(pair.First, pair.Second));
    }
}
