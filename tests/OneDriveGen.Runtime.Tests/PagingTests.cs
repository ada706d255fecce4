using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Tests.OneDrive.Models;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>Paging and delta against the emulator, faults included.</summary>
public class PagingTests
{
    [Fact]
    public async Task AllPagesAreWalkedFollowingNextLinksVerbatimThroughA429()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        for (var i = 0; i < 450; i++)
        {
            h.Emulator.Drive.AddFile("Big folder #1", $"f{i:000}.txt", new byte[] { 1 });
        }

        h.Emulator.Faults.Add(FaultRule.Throttle("$skiptoken", retryAfterSeconds: 1));
        var first = client.Me.Drive.Root.ItemWithPath("Big folder #1").Children.ToGetRequestInformation(c => c.QueryParameters.Select = new[] { "id", "name" });

        var names = new List<string>();
        await foreach (var item in Pager.EnumerateAsync(adapter, first, DriveItem.ReadJson))
        {
            names.Add(item.Name!);
        }

        Assert.Equal(Enumerable.Range(0, 450).Select(i => $"f{i:000}.txt"), names);
        var pages = h.Emulator.Requests.Snapshot().Where(r => r.RawTarget.Contains("/children", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { 200, 429, 200, 200 }, pages.Select(p => p.Status));
        Assert.Equal("/v1.0/me/drive/root:/Big%20folder%20%231:/children?%24select=id,name", pages[0].RawTarget.Replace("$select", "%24select", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARepeatingNextLinkStopsWithAnError()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.Oddities.RepeatingNextLink = true);
        var (client, adapter, _) = await h.SignInAsync();
        var first = client.Me.Drive.Root.Children.ToGetRequestInformation(c => c.QueryParameters.Top = 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var item in Pager.EnumerateAsync(adapter, first, DriveItem.ReadJson))
            {
                Assert.NotNull(item.Id);
            }
        });

        Assert.Contains("same @odata.nextLink twice", error.Message);
    }

    [Fact]
    public async Task WalkingIsCancellable()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in Pager.EnumerateAsync(adapter, client.Me.Drive.Root.Children.ToGetRequestInformation(c => c.QueryParameters.Top = 1), DriveItem.ReadJson, cancel.Token))
            {
                seen++;
                cancel.Cancel();
            }
        });

        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task DeltaRoundsAndResync()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();

        var latest = await Delta.GetChangesAsync(adapter, client.Me.Drive.Root.Delta.ToGetRequestInformation(c => c.QueryParameters.Token = "latest"), DriveItem.ReadJson);
        h.Emulator.Drive.AddFile("Documents", "new.txt", Encoding.UTF8.GetBytes("new"));
        var changes = await Delta.GetChangesAsync(adapter, latest.DeltaLink, DriveItem.ReadJson);
        h.Emulator.Drive.ExpireDeltaTokens();
        var resync = await Assert.ThrowsAsync<DeltaResyncRequiredException>(() => Delta.GetChangesAsync(adapter, changes.DeltaLink, DriveItem.ReadJson));
        var full = await Delta.GetChangesAsync(adapter, resync.RestartUrl!, DriveItem.ReadJson);

        Assert.Empty(latest.Changes);
        Assert.Contains(changes.Changes, c => c.Name == "new.txt");
        Assert.EndsWith("/v1.0/me/drive/root/delta", resync.RestartUrl);
        Assert.Contains(full.Changes, c => c.Name == "BritishShorthair.jpg");
    }
}
