using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Tests.OneDrive.Models;
using OneDriveGen.Tests.Shared;
using OneDriveGen.Runtime.Generated;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// Hostile or broken servers cannot hang a caller or fill its memory: JSON bodies are capped and timed, downloads
/// stop at the item's size and resume after a stall.
/// </summary>
public sealed class BoundedInputTests
{
    [Fact]
    public async Task A_JSON_response_over_the_limit_is_refused_without_being_read_whole()
    {
        var finished = false;
        await using var graph = await RecordingHost.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync("{\"id\":\"A!1\",\"description\":\"");
            var chunk = new string('x', 64 * 1024);
            for (var i = 0; i < 1024; i++) // 64 MiB, at most one 64 KiB chunk every 5 ms: seconds to send it all
            {
                await c.Response.WriteAsync(chunk, c.RequestAborted);
                await Task.Delay(5, c.RequestAborted);
            }

            Volatile.Write(ref finished, true);
        });
        var client = Client(graph);

        var error = await Record.ExceptionAsync(() => client.Me.Drive.Items["A!1"].GetAsync(c => c.Options.Add(new ResponseLimits { MaxBytes = 1024 * 1024 })));

        Assert.True(error is InvalidDataException, error?.ToString() ?? "no error");
        Assert.Contains("larger than 1048576 bytes", error!.Message, StringComparison.Ordinal);
        Assert.False(Volatile.Read(ref finished), "the whole 64 MiB body was sent before the client gave up");
    }

    [Fact]
    public async Task A_JSON_body_that_stalls_times_out()
    {
        await using var graph = await RecordingHost.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync("{\"id\":");
            await c.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
        });
        var client = Client(graph);
        var started = DateTime.UtcNow;

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.Me.Drive.Items["A!1"].GetAsync(c => c.Options.Add(new ResponseLimits { StallTimeout = TimeSpan.FromSeconds(1) })));

        Assert.Contains("sent nothing for 1 seconds", error.Message, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void An_item_whose_size_is_not_a_number_is_read_without_losing_its_place()
    {
        var item = GraphJson.Read("""{"size":{"bytes":3},"eTag":"\"e1\"","file":{"hashes":{"quickXorHash":"q"}}}"""u8, DownloadableItem.Read);

        Assert.Null(item!.Size);
        Assert.Equal("\"e1\"", item.ETag);
        Assert.Equal("q", item.QuickXorHash);
    }

    [Fact]
    public async Task A_download_never_writes_past_the_item_s_size()
    {
        await using var content = await RecordingHost.StartAsync(c => c.Response.WriteAsync("abcdefghijklmnopqrstuvwxyz"));
        await using var graph = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, $$"""{"id":"A!1","name":"a.txt","size":3,"@microsoft.graph.downloadUrl":"{{content.BaseUrl}}/a"}"""));
        var client = Client(graph);
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new DriveDownloader(RecordingAdapter(graph), new HttpClient()).DownloadAsync(client.Me.Drive.Items["A!1"].ToGetRequestInformation(), DriveItem.ReadJson, destination, verifyHash: false));

        Assert.Contains("more than the 3 bytes", error.Message, StringComparison.Ordinal);
        Assert.True(destination.Length <= 3);
    }

    [Fact]
    public async Task A_stalled_download_resumes_where_it_stopped()
    {
        var attempts = 0;
        string? range = null;
        await using var content = await RecordingHost.StartAsync(async c =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await c.Response.WriteAsync("abc");
                await c.Response.Body.FlushAsync();
                await Task.Delay(TimeSpan.FromMinutes(2), c.RequestAborted); // stalled until the client gives up on it
                return;
            }

            range = c.Request.Headers.Range.ToString();
            c.Response.StatusCode = 206;
            c.Response.Headers.ContentRange = "bytes 3-5/6";
            await c.Response.WriteAsync("def");
        });
        await using var graph = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, $$"""{"id":"A!1","name":"a.txt","size":6,"@microsoft.graph.downloadUrl":"{{content.BaseUrl}}/a"}"""));
        using var destination = new MemoryStream();
        var downloader = new DriveDownloader(RecordingAdapter(graph), new HttpClient()) { StallTimeout = TimeSpan.FromSeconds(1) };

        await downloader.DownloadAsync(Client(graph).Me.Drive.Items["A!1"].ToGetRequestInformation(), DriveItem.ReadJson, destination, verifyHash: false)
            .WaitAsync(TimeSpan.FromSeconds(20)); // without a stall timeout it would wait for the host forever

        Assert.Equal("abcdef", System.Text.Encoding.ASCII.GetString(destination.ToArray()));
        Assert.Equal("bytes=3-", range);
        Assert.Equal(2, attempts);
    }

    private static Microsoft.Kiota.Abstractions.IRequestAdapter RecordingAdapter(RecordingHost graph) =>
        OneDriveClientFactory.CreateAdapter(_ => Task.FromResult("token"), graph.BaseUrl + "/v1.0");

    private static OneDriveClient Client(RecordingHost graph) => new(RecordingAdapter(graph));
}
