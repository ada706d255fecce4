using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Upload sessions as "driveItem: createUploadSession" documents them: each fragment must be less than 60 MiB and
/// carry Content-Length ("Upload bytes to the upload session"); a failed commit keeps the session until it expires
/// so the client can commit explicitly with @microsoft.graph.sourceUrl ("Handle commit errors"); deferCommit waits
/// for an explicit commit, on OneDrive for Business and SharePoint only ("Completing a file"). Before: exactly
/// 60 MiB passed, a chunked fragment passed, and a failed commit deleted the session and its bytes.
/// </summary>
public sealed class UploadSessionRuleTests
{
    private const int Unit = 320 * 1024;

    [Fact]
    public async Task A_fragment_of_exactly_60_MiB_is_refused()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var uploadUrl = await TransferTests.CreateSessionAsync(h, "/me/drive/root:/sixty.bin:/createUploadSession");
        var data = new byte[(60 * 1024 * 1024) + Unit];

        using var response = await TransferTests.PutFragmentAsync(h, uploadUrl, data, 0, 60 * 1024 * 1024);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_fragment_without_Content_Length_is_refused()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var uploadUrl = await TransferTests.CreateSessionAsync(h, "/me/drive/root:/chunked.bin:/createUploadSession");
        var content = new StreamContent(new MemoryStream(new byte[Unit]));
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, Unit - 1, Unit * 2);

        using var response = await h.SendAsync(HttpMethod.Put, uploadUrl, null, content, r => r.Headers.TransferEncodingChunked = true);

        Assert.Equal(HttpStatusCode.LengthRequired, response.StatusCode);
    }

    [Fact]
    public async Task A_failed_commit_keeps_the_session_for_an_explicit_commit_under_another_name()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var uploadUrl = await SessionAsync(h, "/me/drive/root:/taken.bin:/createUploadSession", "{\"item\":{\"@microsoft.graph.conflictBehavior\":\"fail\"}}");
        var data = Enumerable.Range(0, Unit + 100).Select(i => (byte)i).ToArray();
        using (await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/taken.bin:/content", content: new StringContent("someone else")))
        {
        }

        using var first = await TransferTests.PutFragmentAsync(h, uploadUrl, data, 0, Unit);
        using var last = await TransferTests.PutFragmentAsync(h, uploadUrl, data, Unit, 100);
        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        var status = await EmulatorHarness.JsonOf(await h.SendAsync(HttpMethod.Get, uploadUrl, null), HttpStatusCode.OK);
        Assert.Equal(0, status.GetProperty("nextExpectedRanges").GetArrayLength());

        using var commit = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/taken%20(2).bin:", content: EmulatorHarness.Json($"{{\"name\":\"taken (2).bin\",\"@microsoft.graph.sourceUrl\":\"{uploadUrl}\"}}"));

        var item = await EmulatorHarness.JsonOf(commit, HttpStatusCode.Created);
        Assert.Equal(data.Length, item.GetProperty("size").GetInt64());
        using var download = await h.GraphAsync(HttpMethod.Get, $"/me/drive/items/{item.GetProperty("id").GetString()}/content");
        var bytes = await h.Http.GetByteArrayAsync(download.Headers.Location!);
        Assert.Equal(data, bytes);
        using var gone = await h.SendAsync(HttpMethod.Get, uploadUrl, null);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task DeferCommit_waits_for_the_explicit_commit_on_a_business_drive()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.ItemIdStyle = ItemIdStyle.Business);
        var uploadUrl = await SessionAsync(h, "/me/drive/root:/deferred.bin:/createUploadSession", "{\"item\":{\"@microsoft.graph.conflictBehavior\":\"fail\"},\"deferCommit\":true}");
        var data = new byte[Unit + 7];

        using var first = await TransferTests.PutFragmentAsync(h, uploadUrl, data, 0, Unit);
        using var last = await TransferTests.PutFragmentAsync(h, uploadUrl, data, Unit, 7);
        Assert.Equal(HttpStatusCode.Accepted, last.StatusCode);
        await h.GraphJsonAsync("/me/drive/root:/deferred.bin", expected: HttpStatusCode.NotFound);

        using var commit = await h.SendAsync(HttpMethod.Post, uploadUrl, null, new ByteArrayContent(Array.Empty<byte>()));

        var item = await EmulatorHarness.JsonOf(commit, HttpStatusCode.Created);
        Assert.Equal(data.Length, item.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task DeferCommit_is_refused_on_a_personal_drive()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Post, "/me/drive/root:/deferred.bin:/createUploadSession", content: EmulatorHarness.Json("{\"deferCommit\":true}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> SessionAsync(EmulatorHarness h, string path, string body)
    {
        using var response = await h.GraphAsync(HttpMethod.Post, path, content: EmulatorHarness.Json(body));
        return (await EmulatorHarness.JsonOf(response, HttpStatusCode.OK)).GetProperty("uploadUrl").GetString()!;
    }
}
