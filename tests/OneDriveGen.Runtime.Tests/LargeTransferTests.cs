using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Tests.OneDrive.Models;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>100 MiB each way through three injected faults, byte-identical at the end (SHA-256 compared).</summary>
public class LargeTransferTests
{
    private const int Size = 100 * 1024 * 1024;

    [Fact]
    public async Task HundredMebibyteDownloadThroughThreeResets()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var data = RandomNumberGenerator.GetBytes(Size);
        h.Emulator.Drive.AddFile("Big", "download.bin", data);
        h.Emulator.Faults.Add(FaultRule.ResetDownload(afterBytes: 20 * 1024 * 1024, times: 3));
        using var destination = new MemoryStream();

        await new DriveDownloader(adapter, h.Http).DownloadAsync(client.Me.Drive.Root.ItemWithPath("Big/download.bin").ToGetRequestInformation(), DriveItem.ReadJson, destination);

        Assert.Equal(SHA256.HashData(data), SHA256.HashData(destination.ToArray()));
        Assert.Equal(4, h.Emulator.Requests.Snapshot().Count(r => r.Host == "content"));
    }

    [Fact]
    public async Task HundredMebibyteUploadThroughA503AResetAndA429()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var data = RandomNumberGenerator.GetBytes(Size);
        h.Emulator.Faults.Add(new FaultRule { PathContains = "/upload/", Method = "PUT", Host = FaultHost.Content, Status = 503, RetryAfterSeconds = 1, OnRequest = 2 });
        h.Emulator.Faults.Add(FaultRule.ResetUpload(afterBytes: 1_000_000, onRequest: 4));
        h.Emulator.Faults.Add(new FaultRule { PathContains = "/upload/", Method = "PUT", Host = FaultHost.Content, Status = 429, RetryAfterSeconds = 1, OnRequest = 6 });

        var item = await new DriveUploader(adapter, h.Http).UploadAsync(new MemoryStream(data), RuntimeHarness.Target(adapter, "Big/upload.bin"), DriveItem.ReadJson);
        using var back = new MemoryStream();
        await new DriveDownloader(adapter, h.Http).DownloadAsync(client.Me.Drive.Items[item.Id!].ToGetRequestInformation(), DriveItem.ReadJson, back);

        Assert.Equal(Size, item.Size);
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(back.ToArray()));
        var statuses = h.Emulator.Requests.Snapshot().Where(r => r.Host == "content" && r.Method == "PUT").Select(r => r.Status).ToList();
        Assert.Contains(503, statuses);
        Assert.Contains(429, statuses);
    }
}
