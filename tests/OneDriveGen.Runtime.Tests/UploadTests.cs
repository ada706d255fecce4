using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive.Models;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>Simple uploads and upload sessions against the emulator, faults included.</summary>
public class UploadTests
{
    private const int Fragment = 4 * DriveUploader.FragmentUnit;

    private static async Task<byte[]> DownloadAsync(RuntimeHarness h, IRequestAdapter adapter, string path)
    {
        using var destination = new MemoryStream();
        await new DriveDownloader(adapter, h.Http).DownloadAsync(new OneDriveGen.Runtime.Tests.OneDrive.OneDriveClient(adapter).Me.Drive.Root.ItemWithPath(path).ToGetRequestInformation(), DriveItem.ReadJson, destination);
        return destination.ToArray();
    }

    [Fact]
    public async Task SmallFilesGoInOnePut()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (_, adapter, _) = await h.SignInAsync();
        var data = RandomNumberGenerator.GetBytes(1000);

        var item = await new DriveUploader(adapter, h.Http).UploadAsync(new MemoryStream(data), RuntimeHarness.Target(adapter, "Small/one put.bin"), DriveItem.ReadJson);

        Assert.Equal(1000, item.Size);
        Assert.Contains(h.Emulator.Requests.Snapshot(), r => r.Method == "PUT" && r.RawTarget == "/v1.0/me/drive/root:/Small/one%20put.bin:/content?%40microsoft.graph.conflictBehavior=replace");
        Assert.DoesNotContain(h.Emulator.Requests.Snapshot(), r => r.RawTarget.Contains("createUploadSession", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Plus/a+b.txt", "a+b.txt")]
    [InlineData("Plus/C++ notes #1 100%.txt", "C++ notes #1 100%.txt")]
    public async Task Names_with_plus_and_percent_arrive_as_written(string path, string name)
    {
        // The emulator reads a raw '+' as a space and refuses a stray '%', as the service does: the generated
        // path encoding must send %2B and %25.
        await using var h = await RuntimeHarness.StartAsync();
        var (_, adapter, _) = await h.SignInAsync();

        var item = await new DriveUploader(adapter, h.Http).UploadAsync(new MemoryStream(new byte[3]), RuntimeHarness.Target(adapter, path), DriveItem.ReadJson);

        Assert.Equal(name, item.Name);
        Assert.Equal(3, (await DownloadAsync(h, adapter, path)).Length);
    }

    [Fact]
    public async Task A_small_upload_reports_progress_and_leaves_the_callers_stream_open()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (_, adapter, _) = await h.SignInAsync();
        var stream = new MemoryStream(RandomNumberGenerator.GetBytes(1000));
        var reports = new System.Collections.Generic.List<TransferProgress>();

        await new DriveUploader(adapter, h.Http).UploadAsync(stream, RuntimeHarness.Target(adapter, "Small/progress.bin"), DriveItem.ReadJson, progress: new SyncProgress<TransferProgress>(reports.Add));

        Assert.Equal(new TransferProgress(1000, 1000), Assert.Single(reports));
        Assert.True(stream.CanRead, "the caller's stream was closed by the upload");
        Assert.Equal(1000, stream.Length);
    }

    [Fact]
    public async Task LargeFilesUseASessionThroughA503AndAReset()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.Oddities.MisalignedUploadRanges = true);
        var (_, adapter, _) = await h.SignInAsync();
        var data = RandomNumberGenerator.GetBytes((5 * 1024 * 1024) + 123);
        h.Emulator.Faults.Add(new FaultRule { PathContains = "/upload/", Method = "PUT", Host = FaultHost.Content, Status = 503, RetryAfterSeconds = 1, OnRequest = 2 });
        h.Emulator.Faults.Add(FaultRule.ResetUpload(afterBytes: 200_000, onRequest: 3));
        var uploader = new DriveUploader(adapter, h.Http) { FragmentSize = Fragment };

        var item = await uploader.UploadAsync(new MemoryStream(data), RuntimeHarness.Target(adapter, "Big/session.bin"), DriveItem.ReadJson);

        Assert.Equal(data.Length, item.Size);
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(await DownloadAsync(h, adapter, "Big/session.bin")));
        var puts = h.Emulator.Requests.Snapshot().Where(r => r.Host == "content" && r.Method == "PUT").ToList();
        Assert.Contains(puts, p => p.Status == 503);
        Assert.All(puts, p => Assert.False(p.HasAuthorization));
        // After the reset the server kept part of the fragment: the next one starts off the 320 KiB grid, where the server said.
        Assert.Contains(puts, p => long.Parse(p.Headers["Content-Range"].Split(' ', '-')[1], System.Globalization.CultureInfo.InvariantCulture) % DriveUploader.FragmentUnit != 0);
    }

    [Fact]
    public async Task AnExpiredSessionIsStartedAgainOnce()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (_, adapter, _) = await h.SignInAsync();
        var data = RandomNumberGenerator.GetBytes(6 * 1024 * 1024);
        var expired = false;
        var progress = new SyncProgress<TransferProgress>(p =>
        {
            if (!expired && p.BytesTransferred > 0 && p.BytesTransferred < p.TotalBytes)
            {
                expired = true;
                h.Emulator.Clock.Advance(TimeSpan.FromMinutes(20));
            }
        });

        var item = await new DriveUploader(adapter, h.Http) { FragmentSize = Fragment }.UploadAsync(new MemoryStream(data), RuntimeHarness.Target(adapter, "Big/slow.bin"), DriveItem.ReadJson, progress: progress);

        Assert.Equal(data.Length, item.Size);
        Assert.Equal(2, h.Emulator.Requests.Snapshot().Count(r => r.RawTarget.EndsWith("/createUploadSession", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CancellingDeletesTheSession()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (_, adapter, _) = await h.SignInAsync();
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<TransferProgress>(p => cancel.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DriveUploader(adapter, h.Http) { FragmentSize = Fragment }.UploadAsync(new MemoryStream(new byte[6 * 1024 * 1024]), RuntimeHarness.Target(adapter, "Big/cancelled.bin"), DriveItem.ReadJson, progress: progress, cancellationToken: cancel.Token));

        Assert.Contains(h.Emulator.Requests.Snapshot(), r => r.Host == "content" && r.Method == "DELETE" && r.Status == 204);
    }

    [Fact]
    public async Task ASavedSessionResumesAfterARestart()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (_, adapter, _) = await h.SignInAsync();
        var data = RandomNumberGenerator.GetBytes(6 * 1024 * 1024);
        string? saved = null;
        var first = new DriveUploader(adapter, h.Http) { FragmentSize = Fragment, SessionStarted = url => saved = url };

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.UploadAsync(new MemoryStream(data), RuntimeHarness.Target(adapter, "Big/resumed.bin"), DriveItem.ReadJson, progress: new SyncProgress<TransferProgress>(p => throw new InvalidOperationException("the process dies"))));
        var item = await new DriveUploader(adapter, h.Http) { FragmentSize = Fragment }.ResumeAsync(new MemoryStream(data), saved!, DriveItem.ReadJson);

        Assert.Equal(data.Length, item.Size);
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(await DownloadAsync(h, adapter, "Big/resumed.bin")));
    }

    [Fact]
    public void FragmentSizesOffTheGridAreRefused()
    {
        using var http = new System.Net.Http.HttpClient();
        var adapter = new Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter(new Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider(), httpClient: http);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DriveUploader(adapter, http) { FragmentSize = 1_000_000 });

        Assert.Contains("320 KiB", error.Message);
    }
}
