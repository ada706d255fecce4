using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>Downloads through the 302 and the content host, simple uploads and upload sessions (reference §2.3, §2.5, §2.6).</summary>
public class TransferTests
{
    private const long Unit = 320 * 1024;

    [Fact]
    public async Task ContentRedirectsToAnotherOriginThatRefusesAuthorization()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var redirect = await h.GraphAsync(HttpMethod.Get, "/me/drive/root:/Notes.txt:/content");
        var location = redirect.Headers.Location!;
        using var withBearer = await h.SendAsync(HttpMethod.Get, location.AbsoluteUri, h.Token());
        using var plain = await h.SendAsync(HttpMethod.Get, location.AbsoluteUri, null);

        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.NotEqual(new Uri(h.Emulator.GraphBaseUrl).Port, location.Port);
        Assert.Equal(HttpStatusCode.Unauthorized, withBearer.StatusCode);
        Assert.Equal("Remember the milk.\n", await plain.Content.ReadAsStringAsync());
        Assert.NotNull(plain.Headers.ETag);
    }

    [Fact]
    public async Task RangeRequestsGet206()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var url = (await h.GraphJsonAsync("/me/drive/root:/Notes.txt:")).GetProperty("@microsoft.graph.downloadUrl").GetString()!;

        using var partial = await h.SendAsync(HttpMethod.Get, url, null, configure: r => r.Headers.Range = new RangeHeaderValue(9, 12));
        using var suffix = await h.SendAsync(HttpMethod.Get, url, null, configure: r => r.Headers.Range = new RangeHeaderValue(null, 6));
        using var beyond = await h.SendAsync(HttpMethod.Get, url, null, configure: r => r.Headers.Range = new RangeHeaderValue(500, null));

        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("the ", await partial.Content.ReadAsStringAsync());
        Assert.Equal("bytes 9-12/19", partial.Content.Headers.ContentRange!.ToString());
        Assert.Equal("milk.\n", await suffix.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
    }

    [Fact]
    public async Task DownloadUrlsExpire()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var url = (await h.GraphJsonAsync("/me/drive/root:/Notes.txt:")).GetProperty("@microsoft.graph.downloadUrl").GetString()!;
        h.Emulator.Clock.Advance(TimeSpan.FromHours(2));

        using var response = await h.SendAsync(HttpMethod.Get, url, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SimpleUploadCreatesReplacesAndHonoursConflictBehaviour()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var folder = h.Emulator.Drive.FindIdByPath("Documents")!;

        using var created = await h.GraphAsync(HttpMethod.Put, $"/me/drive/items/{folder}:/report%20%232.txt:/content", content: new ByteArrayContent(Encoding.UTF8.GetBytes("v1")));
        using var replaced = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/Documents/report%20%232.txt:/content", content: new ByteArrayContent(Encoding.UTF8.GetBytes("v2!")));
        using var failed = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/Documents/report%20%232.txt:/content?@microsoft.graph.conflictBehavior=fail", content: new ByteArrayContent(new byte[] { 1 }));
        using var renamed = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/Documents/report%20%232.txt:/content?@microsoft.graph.conflictBehavior=rename", content: new ByteArrayContent(new byte[] { 1 }));

        var item = await EmulatorHarness.JsonOf(created, HttpStatusCode.Created);
        Assert.Equal("report #2.txt", item.GetProperty("name").GetString());
        Assert.Equal(3, (await EmulatorHarness.JsonOf(replaced, HttpStatusCode.OK)).GetProperty("size").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, failed.StatusCode);
        Assert.Equal("report #2 1.txt", (await EmulatorHarness.JsonOf(renamed, HttpStatusCode.Created)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task SimpleUploadAboveTheLimitIs413()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.SimpleUploadLimit = 4 * 1024 * 1024);

        using var response = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/big.bin:/content", content: new ByteArrayContent(new byte[(4 * 1024 * 1024) + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UploadSessionTakesFragmentsAndCommits()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = RandomNumberGenerator.GetBytes((int)(Unit * 2) + 1000);
        var uploadUrl = await CreateSessionAsync(h, "/me/drive/root:/Big/session.bin:/createUploadSession");

        using var first = await PutFragmentAsync(h, uploadUrl, data, 0, Unit * 2);
        using var status = await h.SendAsync(HttpMethod.Get, uploadUrl, null);
        using var last = await PutFragmentAsync(h, uploadUrl, data, Unit * 2, data.Length - (Unit * 2));

        var progress = await EmulatorHarness.JsonOf(first, HttpStatusCode.Accepted);
        Assert.Equal($"{Unit * 2}-", progress.GetProperty("nextExpectedRanges")[0].GetString());
        Assert.Equal($"{Unit * 2}-", (await EmulatorHarness.JsonOf(status, HttpStatusCode.OK)).GetProperty("nextExpectedRanges")[0].GetString());
        var item = await EmulatorHarness.JsonOf(last, HttpStatusCode.Created);
        Assert.Equal(data.Length, item.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexString(SHA1.HashData(data)), item.GetProperty("file").GetProperty("hashes").GetProperty("sha1Hash").GetString());
        Assert.Equal(QuickXorTests.Of(data), item.GetProperty("file").GetProperty("hashes").GetProperty("quickXorHash").GetString());
        var downloaded = await h.Http.GetByteArrayAsync(item.GetProperty("@microsoft.graph.downloadUrl").GetString());
        Assert.Equal(data, downloaded);
    }

    [Fact]
    public async Task UploadUrlRefusesAuthorizationAndChecksFragments()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = RandomNumberGenerator.GetBytes((int)(Unit * 3));
        var uploadUrl = await CreateSessionAsync(h, "/me/drive/root:/checked.bin:/createUploadSession");

        using var withBearer = await PutFragmentAsync(h, uploadUrl, data, 0, Unit, h.Token());
        using var notMultiple = await PutFragmentAsync(h, uploadUrl, data, 0, Unit - 1);
        using var outOfOrder = await PutFragmentAsync(h, uploadUrl, data, Unit, Unit);
        using var ok = await PutFragmentAsync(h, uploadUrl, data, 0, Unit);
        using var overlap = await PutFragmentAsync(h, uploadUrl, data, 0, Unit);

        Assert.Equal(HttpStatusCode.Unauthorized, withBearer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notMultiple.StatusCode);
        Assert.Equal("fragmentOutOfOrder", await InnerCode(outOfOrder, HttpStatusCode.RequestedRangeNotSatisfiable));
        Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        Assert.Equal("fragmentOverlap", await InnerCode(overlap, HttpStatusCode.RequestedRangeNotSatisfiable));
    }

    [Fact]
    public async Task SessionConflictsDeletesAndExpiry()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var conflict = await h.GraphAsync(HttpMethod.Post, "/me/drive/root:/Notes.txt:/createUploadSession", content: EmulatorHarness.Json("{\"item\":{\"@microsoft.graph.conflictBehavior\":\"fail\"}}"));
        var cancelled = await CreateSessionAsync(h, "/me/drive/root:/a.bin:/createUploadSession");
        using var delete = await h.SendAsync(HttpMethod.Delete, cancelled, null);
        using var afterDelete = await h.SendAsync(HttpMethod.Get, cancelled, null);
        var idle = await CreateSessionAsync(h, "/me/drive/root:/b.bin:/createUploadSession");
        var data = new byte[Unit * 2];
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(10));
        using var extends = await PutFragmentAsync(h, idle, data, 0, Unit);
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(10));
        using var stillAlive = await h.SendAsync(HttpMethod.Get, idle, null);
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(16));
        using var expired = await h.SendAsync(HttpMethod.Get, idle, null);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, extends.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillAlive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task SessionOnAnExistingItemReplacesIt()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var id = h.Emulator.Drive.FindIdByPath("Notes.txt")!;
        var data = Encoding.UTF8.GetBytes("replaced by a session");

        var uploadUrl = await CreateSessionAsync(h, $"/me/drive/items/{id}/createUploadSession");
        using var done = await PutFragmentAsync(h, uploadUrl, data, 0, data.Length);

        var item = await EmulatorHarness.JsonOf(done, HttpStatusCode.OK);
        Assert.Equal(id, item.GetProperty("id").GetString());
        Assert.Equal(data.Length, item.GetProperty("size").GetInt64());
    }

    internal static async Task<string> CreateSessionAsync(EmulatorHarness h, string path)
    {
        using var response = await h.GraphAsync(HttpMethod.Post, path, content: EmulatorHarness.Json("{\"item\":{\"@microsoft.graph.conflictBehavior\":\"replace\"}}"));
        var session = await EmulatorHarness.JsonOf(response, HttpStatusCode.OK);
        Assert.Equal("0-", session.GetProperty("nextExpectedRanges")[0].GetString());
        var url = session.GetProperty("uploadUrl").GetString()!;
        Assert.StartsWith(h.Emulator.ContentBaseUrl + "/upload/", url);
        return url;
    }

    internal static Task<HttpResponseMessage> PutFragmentAsync(EmulatorHarness h, string uploadUrl, byte[] data, long offset, long length, string? token = null)
    {
        var content = new ByteArrayContent(data, (int)offset, (int)length);
        content.Headers.ContentRange = new ContentRangeHeaderValue(offset, offset + length - 1, data.Length);
        return h.SendAsync(HttpMethod.Put, uploadUrl, token, content);
    }

    private static async Task<string?> InnerCode(HttpResponseMessage response, HttpStatusCode status) =>
        (await EmulatorHarness.JsonOf(response, status)).GetProperty("error").GetProperty("innerError").GetProperty("code").GetString();
}
