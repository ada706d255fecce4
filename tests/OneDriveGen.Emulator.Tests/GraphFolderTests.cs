using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>Children and paging, folders, rename and move, delete, copy, search (reference §2.2, §2.7, §2.8).</summary>
public class GraphFolderTests
{
    [Fact]
    public async Task ChildrenPageThroughOpaqueSkipTokensFollowedVerbatim()
    {
        await using var h = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            h.Emulator.Drive.AddFile("Many", $"file{i}.txt", Encoding.UTF8.GetBytes("x"));
        }

        var names = new List<string>();
        string? next = h.Emulator.GraphBaseUrl + "/me/drive/root:/Many:/children?$top=2&$select=id,name";
        var pages = 0;
        while (next is not null)
        {
            using var response = await h.SendAsync(HttpMethod.Get, next, h.Token());
            var page = await EmulatorHarness.JsonOf(response, HttpStatusCode.OK);
            names.AddRange(page.GetProperty("value").EnumerateArray().Select(v => v.GetProperty("name").GetString()!));
            Assert.All(page.GetProperty("value").EnumerateArray(), v => Assert.Equal(2, v.EnumerateObject().Count()));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            if (next is not null)
            {
                Assert.Contains("$skiptoken=", next);
                Assert.DoesNotContain("skiptoken=2", next);
            }

            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"file{i}.txt"), names);
    }

    [Fact]
    public async Task DefaultPageIs200AndOrderByNameDescWorks()
    {
        await using var h = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 201; i++)
        {
            h.Emulator.Drive.AddFile("Big", $"f{i:000}.txt", new byte[] { 1 });
        }

        var first = await h.GraphJsonAsync("/me/drive/root:/Big:/children");
        var descending = await h.GraphJsonAsync("/me/drive/root:/Big:/children?$orderby=name%20desc&$top=1");

        Assert.Equal(200, first.GetProperty("value").GetArrayLength());
        Assert.EndsWith("$skiptoken=MjAw", first.GetProperty("@odata.nextLink").GetString());
        Assert.Equal("f200.txt", descending.GetProperty("value")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateFolderHonoursConflictBehaviour()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var created = await h.GraphAsync(HttpMethod.Post, "/me/drive/root/children", content: EmulatorHarness.Json("{\"name\":\"New Folder\",\"folder\":{}}"));
        using var conflict = await h.GraphAsync(HttpMethod.Post, "/me/drive/root/children", content: EmulatorHarness.Json("{\"name\":\"New Folder\",\"folder\":{}}"));
        using var renamed = await h.GraphAsync(HttpMethod.Post, "/me/drive/root/children", content: EmulatorHarness.Json("{\"name\":\"New Folder\",\"folder\":{},\"@microsoft.graph.conflictBehavior\":\"rename\"}"));

        var folder = await EmulatorHarness.JsonOf(created, HttpStatusCode.Created);
        Assert.Equal(0, folder.GetProperty("folder").GetProperty("childCount").GetInt32());
        Assert.Equal("/drive/root:", folder.GetProperty("parentReference").GetProperty("path").GetString());
        Assert.Equal("nameAlreadyExists", (await EmulatorHarness.JsonOf(conflict, HttpStatusCode.Conflict)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("New Folder 1", (await EmulatorHarness.JsonOf(renamed, HttpStatusCode.Created)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task PatchRenamesMovesAndChecksIfMatch()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var notes = h.Emulator.Drive.FindIdByPath("Notes.txt")!;
        var music = h.Emulator.Drive.FindIdByPath("Music")!;
        var before = await h.GraphJsonAsync("/me/drive/items/" + notes);

        using var moved = await h.GraphAsync(HttpMethod.Patch, "/me/drive/items/" + notes, content: EmulatorHarness.Json($"{{\"name\":\"Renamed.txt\",\"parentReference\":{{\"id\":\"{music}\"}}}}"));
        using var stale = await h.SendAsync(HttpMethod.Patch, h.Emulator.GraphBaseUrl + "/me/drive/items/" + notes, h.Token(), EmulatorHarness.Json("{\"name\":\"x.txt\"}"), r => r.Headers.TryAddWithoutValidation("If-Match", before.GetProperty("eTag").GetString()));
        using var rootAlias = await h.GraphAsync(HttpMethod.Patch, "/me/drive/items/" + notes, content: EmulatorHarness.Json("{\"parentReference\":{\"id\":\"root\"}}"));

        var item = await EmulatorHarness.JsonOf(moved, HttpStatusCode.OK);
        Assert.Equal("Renamed.txt", item.GetProperty("name").GetString());
        Assert.Equal("/drive/root:/Music", item.GetProperty("parentReference").GetProperty("path").GetString());
        Assert.NotEqual(before.GetProperty("eTag").GetString(), item.GetProperty("eTag").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rootAlias.StatusCode);
    }

    [Fact]
    public async Task DeleteAnswers204ThenTheItemIsGone()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var id = h.Emulator.Drive.FindIdByPath("Documents")!;

        using var deleted = await h.GraphAsync(HttpMethod.Delete, "/me/drive/items/" + id);
        using var gone = await h.GraphAsync(HttpMethod.Get, "/me/drive/items/" + id);
        using var child = await h.GraphAsync(HttpMethod.Get, "/me/drive/root:/Documents/Q1%20%231.docx:");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, child.StatusCode);
    }

    [Fact]
    public async Task CopyIsAcceptedAndItsMonitorIsPolledWithoutAuthorization()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var documents = h.Emulator.Drive.FindIdByPath("Documents")!;
        var music = h.Emulator.Drive.FindIdByPath("Music")!;

        using var accepted = await h.GraphAsync(HttpMethod.Post, $"/me/drive/items/{documents}/copy", content: EmulatorHarness.Json($"{{\"parentReference\":{{\"id\":\"{music}\"}},\"name\":\"Docs copy\"}}"));
        var monitor = accepted.Headers.Location!;
        var statuses = new List<string>();
        string? resourceId = null;
        for (var i = 0; i < 5 && resourceId is null; i++)
        {
            using var poll = await h.SendAsync(HttpMethod.Get, monitor.AbsoluteUri, token: null);
            var json = await EmulatorHarness.JsonOf(poll, HttpStatusCode.Accepted);
            statuses.Add(json.GetProperty("status").GetString()!);
            resourceId = json.TryGetProperty("resourceId", out var id) ? id.GetString() : null;
        }

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.StartsWith(h.Emulator.ContentBaseUrl + "/monitor/", monitor.AbsoluteUri);
        Assert.Equal(new[] { "inProgress", "inProgress", "completed" }, statuses);
        var copy = await h.GraphJsonAsync("/me/drive/items/" + resourceId + "/children");
        Assert.Equal(4, copy.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task CopyCanCompleteWith303()
    {
        await using var h = await EmulatorHarness.StartAsync(o => { o.CopyCompletesWith303 = true; o.CopyPollsUntilDone = 0; });
        var notes = h.Emulator.Drive.FindIdByPath("Notes.txt")!;

        using var accepted = await h.GraphAsync(HttpMethod.Post, $"/me/drive/items/{notes}/copy", content: EmulatorHarness.Json("{\"name\":\"Notes copy.txt\"}"));
        using var poll = await h.SendAsync(HttpMethod.Get, accepted.Headers.Location!.AbsoluteUri, token: null);

        Assert.Equal(HttpStatusCode.SeeOther, poll.StatusCode);
        Assert.Contains("/v1.0/me/drive/items/", poll.Headers.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task SearchFindsByNameWithOdataQuotes()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var results = await h.GraphJsonAsync("/me/drive/root/search(q='ryan''s')");
        var cats = await h.GraphJsonAsync("/me/drive/root/search(q='shorthair')");

        Assert.Equal("Ryan's Files", results.GetProperty("value")[0].GetProperty("name").GetString());
        Assert.Equal("BritishShorthair.jpg", cats.GetProperty("value")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task AppRootIsCreatedOnFirstUseAndAppFolderTokensStayInside()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var appToken = h.Token("Files.ReadWrite.AppFolder");

        var approot = await h.GraphJsonAsync("/me/drive/special/approot", appToken);
        using var upload = await h.GraphAsync(HttpMethod.Put, "/me/drive/special/approot:/settings.json:/content", appToken, new ByteArrayContent(Encoding.UTF8.GetBytes("{}")));
        using var outside = await h.GraphAsync(HttpMethod.Get, "/me/drive/root:/Documents:/children", appToken);

        Assert.Equal("approot", approot.GetProperty("specialFolder").GetProperty("name").GetString());
        Assert.Equal("/drive/root:/Apps", approot.GetProperty("parentReference").GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
    }

    [Fact]
    public async Task ReadOnlyTokenCannotWrite()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Post, "/me/drive/root/children", h.Token("files.read"), EmulatorHarness.Json("{\"name\":\"x\",\"folder\":{}}"));

        Assert.Equal("accessDenied", (await EmulatorHarness.JsonOf(response, HttpStatusCode.Forbidden)).GetProperty("error").GetProperty("code").GetString());
    }
}
