using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive;
using DriveItem = OneDriveGen.Runtime.Tests.OneDrive.Models.DriveItem;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>Downloads through the pre-authenticated URL, resumed after resets, never stitched across versions.</summary>
public class DownloadTests
{
    [Fact]
    public async Task DownloadsWithoutSendingTheTokenToTheContentHost()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var downloader = new DriveDownloader(adapter, h.Http);
        using var destination = new MemoryStream();

        var item = await downloader.DownloadAsync(client.Me.Drive.Root.ItemWithPath("Notes.txt").ToGetRequestInformation(), DriveItem.ReadJson, destination);

        Assert.Equal("Remember the milk.\n", Encoding.UTF8.GetString(destination.ToArray()));
        Assert.Equal("Notes.txt", item.Name);
        Assert.DoesNotContain(h.Emulator.Requests.Snapshot(), r => r.Host == "content" && r.HasAuthorization);
    }

    [Fact]
    public async Task OneDriveForBusinessDownloadsAreCheckedByQuickXorHashAndDamageIsCaught()
    {
        var data = Path.Combine(Path.GetTempPath(), "odg-qxh-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o =>
            {
                o.ItemIdStyle = OneDriveGen.Emulator.Drive.ItemIdStyle.Business;
                o.SeedDrive = false;
                o.DataDirectory = data;
            });
            var (client, adapter, _) = await h.SignInAsync();
            var content = RandomNumberGenerator.GetBytes(300_000);
            h.Emulator.Drive.AddFile("Work", "report.bin", content);
            var request = client.Me.Drive.Root.ItemWithPath("Work/report.bin").ToGetRequestInformation();
            var downloader = new DriveDownloader(adapter, h.Http);
            using var intact = new MemoryStream();

            var item = await downloader.DownloadAsync(request, DriveItem.ReadJson, intact);
            // Damage one byte of the stored content (same length), as a faulty transfer would.
            var blob = Directory.GetFiles(data, "*.bin").Single(f => new FileInfo(f).Length == content.Length);
            var bytes = File.ReadAllBytes(blob);
            bytes[123_456] ^= 0x40;
            File.WriteAllBytes(blob, bytes);
            var damaged = await Assert.ThrowsAsync<InvalidDataException>(() => downloader.DownloadAsync(client.Me.Drive.Root.ItemWithPath("Work/report.bin").ToGetRequestInformation(), DriveItem.ReadJson, new MemoryStream()));

            Assert.Equal(content, intact.ToArray());
            Assert.Null(item.File!.Hashes!.Sha1Hash);
            Assert.Null(item.File.Hashes.Sha256Hash);
            Assert.Equal(QuickXorHash.ToBase64(content), item.File.Hashes.QuickXorHash);
            Assert.Contains("quickXorHash", damaged.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task ResumesAfterTwoResetsAndEndsByteIdentical()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var downloader = new DriveDownloader(adapter, h.Http);
        var data = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        h.Emulator.Drive.AddFile("Big", "data.bin", data);
        h.Emulator.Faults.Add(FaultRule.ResetDownload(afterBytes: 1_000_000, times: 2));
        using var destination = new MemoryStream();
        var reports = 0L;

        await downloader.DownloadAsync(client.Me.Drive.Root.ItemWithPath("Big/data.bin").ToGetRequestInformation(), DriveItem.ReadJson, destination, new SyncProgress<TransferProgress>(p => reports = p.BytesTransferred));

        Assert.Equal(SHA256.HashData(data), SHA256.HashData(destination.ToArray()));
        Assert.Equal(data.Length, reports);
        var downloads = h.Emulator.Requests.Snapshot().Where(r => r.Host == "content").ToList();
        Assert.Equal(3, downloads.Count);
        Assert.False(downloads[0].Headers.ContainsKey("Range"));
        // The resume starts where the client really got to (bytes in flight when the connection dropped are lost).
        var resumed = downloads.Skip(1).First(d => d.Headers.ContainsKey("Range"));
        var resumedAt = long.Parse(resumed.Headers["Range"]["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(resumedAt, 1, 2_000_000);
    }

    [Fact]
    public async Task AnUrlThatExpiresMidTransferIsRenewedAndTheDownloadResumesWhereItStopped()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var data = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        h.Emulator.Drive.AddFile("Big", "expiring.bin", data);
        h.Emulator.Faults.Add(FaultRule.ResetDownload(afterBytes: 1_000_000, times: 1));
        using var destination = new MemoryStream();
        var expired = false;
        var progress = new SyncProgress<TransferProgress>(p =>
        {
            if (!expired && p.BytesTransferred > 0)
            {
                // At the first bytes, so surely before the reset is noticed (a reset can discard what was in flight).
                expired = true;
                h.Emulator.Clock.Advance(TimeSpan.FromHours(3)); // the pre-authenticated URL (and the token) expire
            }
        });

        await new DriveDownloader(adapter, h.Http).DownloadAsync(client.Me.Drive.Root.ItemWithPath("Big/expiring.bin").ToGetRequestInformation(), DriveItem.ReadJson, destination, progress);

        Assert.Equal(SHA256.HashData(data), SHA256.HashData(destination.ToArray()));
        var downloads = h.Emulator.Requests.Snapshot().Where(r => r.Host == "content").ToList();
        Assert.Contains(downloads, d => d.Status == 404); // the stale URL
        var resumed = downloads.Last();
        Assert.NotEqual(downloads[0].RawTarget, resumed.RawTarget); // a fresh URL …
        Assert.InRange(long.Parse(resumed.Headers["Range"]["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture), 1, 1_000_000); // … from where it stopped
    }

    [Fact]
    public async Task AFileChangedBeforeTheResumeIsNeverStitched()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var downloader = new DriveDownloader(adapter, h.Http);
        h.Emulator.Drive.AddFile("Big", "moving.bin", RandomNumberGenerator.GetBytes(2 * 1024 * 1024));
        h.Emulator.Faults.Add(FaultRule.ResetDownload(afterBytes: 1_000_000));
        var changed = false;
        var progress = new SyncProgress<TransferProgress>(p =>
        {
            // Changed during the first response, which the reset then cuts: the resume must notice.
            if (!changed && p.BytesTransferred > 0)
            {
                changed = true;
                h.Emulator.Drive.AddFile("Big", "moving.bin", RandomNumberGenerator.GetBytes(2 * 1024 * 1024));
            }
        });

        var error = await Assert.ThrowsAsync<FileChangedException>(() => downloader.DownloadAsync(client.Me.Drive.Root.ItemWithPath("Big/moving.bin").ToGetRequestInformation(), DriveItem.ReadJson, Stream.Null, progress));

        Assert.NotEqual(error.ExpectedETag, error.ActualETag);
    }

    /// <summary>Progress reported on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
}
