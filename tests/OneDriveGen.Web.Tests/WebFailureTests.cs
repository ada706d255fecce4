using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Faults;
using Xunit;

namespace OneDriveGen.Web.Tests;

/// <summary>
/// What a user meets when Microsoft says no: an expired or used code, an item that is gone, a refusal, throttling
/// that outlasts the retries. Each is a page that says what happened and what to do, with the right status.
/// </summary>
public sealed class WebFailureTests
{
    [Fact]
    public async Task A_code_that_was_already_used_is_a_page_and_stores_nothing()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = host.Visitor();
        await web.SignInAsync("henry");
        await web.ConnectAsync();
        var usedCode = web.Hops.Single(h => h.AbsolutePath == "/onedrive/callback").Query.Split('&').Single(p => p.TrimStart('?').StartsWith("code=", StringComparison.Ordinal)).TrimStart('?');
        await web.GoAsync("/");
        await web.SubmitAsync("/onedrive/disconnect");

        // A fresh sign-in (a valid state of this user) answered with the old code: the identity platform says invalid_grant.
        await web.GoAsync("/");
        await web.SubmitAsync("/onedrive/connect");
        var state = Uri.UnescapeDataString(web.Address.Query.Split('&').Single(p => p.TrimStart('?').StartsWith("state=", StringComparison.Ordinal)).TrimStart('?')["state=".Length..]);
        await web.GoAsync($"/onedrive/callback?{usedCode}&state={Uri.EscapeDataString(state)}");

        Assert.Equal(HttpStatusCode.BadRequest, web.Status);
        Assert.Contains("expired or was already used", web.Page, StringComparison.Ordinal);
        await web.AssertNotConnectedAsync();
    }

    [Fact]
    public async Task An_item_that_is_gone_is_a_404_page()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = await host.ConnectedVisitorAsync("ivy");

        await web.GoAsync("/browse?id=" + Uri.EscapeDataString("D4648F06C91D9D3D!99999"));

        Assert.Equal(HttpStatusCode.NotFound, web.Status);
        Assert.Contains("not in your OneDrive any more", web.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_a_403_page()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = await host.ConnectedVisitorAsync("jack");
        host.Sample.Emulator!.Faults.Add(new FaultRule { PathContains = "/children", Status = 403 });

        await web.GoAsync("/browse");

        Assert.Equal(HttpStatusCode.Forbidden, web.Status);
        Assert.Contains("does not let this app", web.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_is_a_busy_page()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = await host.ConnectedVisitorAsync("kate");
        host.Sample.Emulator!.Faults.Add(FaultRule.Throttle("/children", retryAfterSeconds: 0, times: 20));

        await web.GoAsync("/browse");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, web.Status);
        Assert.Contains("asked this app to slow down", web.Page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/browse?path=../../..")]
    [InlineData("/browse?path=a/../b")]
    public async Task A_path_the_builders_refuse_is_a_400_page(string url)
    {
        // Found by feeding the running sample hostile URLs: the generated path encoder's ArgumentException was a 500.
        await using var host = await SampleHost.StartAsync();
        using var web = await host.ConnectedVisitorAsync("paul");

        await web.GoAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, web.Status);
        Assert.Contains("'..' segment", WebUtility.HtmlDecode(web.Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_without_a_connection_says_to_connect()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = host.Visitor();
        await web.SignInAsync("quinn");
        await web.GoAsync("/");

        await web.SubmitAsync("/import", ("id", "D4648F06C91D9D3D!101"));
        await web.ReloadUntilAsync("not connected", TimeSpan.FromSeconds(10));
    }
}
