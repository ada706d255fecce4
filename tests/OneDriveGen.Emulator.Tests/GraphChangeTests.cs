using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>Delta and the eTag/cTag of writes (reference §2.8, §2.9).</summary>
public class GraphChangeTests
{
    [Fact]
    public async Task DeltaEnumeratesThenReturnsOnlyChangesIncludingDeletes()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var initial = await h.GraphJsonAsync("/me/drive/root/delta");
        var deltaLink = initial.GetProperty("@odata.deltaLink").GetString()!;
        Assert.True(initial.GetProperty("value").GetArrayLength() >= 10);
        Assert.False(initial.TryGetProperty("@odata.nextLink", out _));

        h.Emulator.Drive.AddFile("Documents", "new.txt", Encoding.UTF8.GetBytes("new"));
        using var delete = await h.GraphAsync(HttpMethod.Delete, "/me/drive/items/" + h.Emulator.Drive.FindIdByPath("Notes.txt"));
        using var changesResponse = await h.SendAsync(HttpMethod.Get, deltaLink, h.Token());
        var changes = await EmulatorHarness.JsonOf(changesResponse, HttpStatusCode.OK);

        var values = changes.GetProperty("value").EnumerateArray().ToList();
        var added = values.Single(v => v.GetProperty("name").GetString() == "new.txt");
        var deleted = values.Single(v => v.GetProperty("name").GetString() == "Notes.txt");
        Assert.True(deleted.TryGetProperty("deleted", out _));
        Assert.False(added.GetProperty("parentReference").TryGetProperty("path", out _));
        Assert.DoesNotContain(values, v => v.GetProperty("name").GetString() == "BritishShorthair.jpg");
        Assert.NotEqual(deltaLink, changes.GetProperty("@odata.deltaLink").GetString());
    }

    [Fact]
    public async Task TokenLatestStartsFromNow()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var latest = await h.GraphJsonAsync("/me/drive/root/delta?token=latest");
        h.Emulator.Drive.AddFile(string.Empty, "after.txt", new byte[] { 1 });
        using var next = await h.SendAsync(HttpMethod.Get, latest.GetProperty("@odata.deltaLink").GetString()!, h.Token());
        var changes = await EmulatorHarness.JsonOf(next, HttpStatusCode.OK);

        Assert.Equal(0, latest.GetProperty("value").GetArrayLength());
        Assert.Contains(changes.GetProperty("value").EnumerateArray(), v => v.GetProperty("name").GetString() == "after.txt");
    }

    [Fact]
    public async Task ExpiredTokenAnswers410ResyncRequiredWithALocation()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var latest = await h.GraphJsonAsync("/me/drive/root/delta?token=latest");
        h.Emulator.Drive.ExpireDeltaTokens();

        using var response = await h.SendAsync(HttpMethod.Get, latest.GetProperty("@odata.deltaLink").GetString()!, h.Token());

        var error = await EmulatorHarness.JsonOf(response, HttpStatusCode.Gone);
        Assert.Equal("resyncRequired", error.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("resyncApplyDifferences", error.GetProperty("error").GetProperty("innerError").GetProperty("code").GetString());
        Assert.EndsWith("/v1.0/me/drive/root/delta", response.Headers.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task DeltaPagesWithNextLinkBeforeTheDeltaLink()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var first = await h.GraphJsonAsync("/me/drive/root/delta?$top=3");
        using var secondResponse = await h.SendAsync(HttpMethod.Get, first.GetProperty("@odata.nextLink").GetString()!, h.Token());
        var second = await EmulatorHarness.JsonOf(secondResponse, HttpStatusCode.OK);

        Assert.False(first.TryGetProperty("@odata.deltaLink", out _));
        Assert.Equal(3, second.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task EveryWriteChangesTheETagAndContentWritesTheCTag()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var before = await h.GraphJsonAsync("/me/drive/root:/Notes.txt:");
        var folderBefore = await h.GraphJsonAsync("/me/drive/root");

        using var put = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/Notes.txt:/content", content: new ByteArrayContent(Encoding.UTF8.GetBytes("changed")));
        var afterContent = await EmulatorHarness.JsonOf(put, HttpStatusCode.OK);
        using var patch = await h.GraphAsync(HttpMethod.Patch, "/me/drive/root:/Notes.txt:", content: EmulatorHarness.Json("{\"name\":\"Notes2.txt\"}"));
        var afterRename = await EmulatorHarness.JsonOf(patch, HttpStatusCode.OK);
        var folderAfter = await h.GraphJsonAsync("/me/drive/root");

        Assert.NotEqual(before.GetProperty("eTag").GetString(), afterContent.GetProperty("eTag").GetString());
        Assert.NotEqual(before.GetProperty("cTag").GetString(), afterContent.GetProperty("cTag").GetString());
        Assert.NotEqual(afterContent.GetProperty("eTag").GetString(), afterRename.GetProperty("eTag").GetString());
        Assert.Equal(afterContent.GetProperty("cTag").GetString(), afterRename.GetProperty("cTag").GetString());
        // driveItem: cTag "is not returned if the item is a folder".
        Assert.False(folderBefore.TryGetProperty("cTag", out _));
        Assert.False(folderAfter.TryGetProperty("cTag", out _));
    }
}
