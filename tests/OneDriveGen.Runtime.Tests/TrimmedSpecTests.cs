using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Tests.Trimmed;
using OneDriveGen.Runtime.Tests.Trimmed.Models;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The runtime's helpers with the types of a user's trimmed spec (Specs/trimmed-endpoints.json): other model names,
/// an item without eTag, hashes or download URL, a page without its links, an error model of its own. The runtime
/// reads the protocol fields itself, so paging, delta, transfers, hash checks and errors still work.
/// </summary>
public sealed class TrimmedSpecTests
{
    [Fact]
    public async Task Every_page_is_read_though_the_page_model_has_no_nextLink()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (_, adapter, _) = await h.SignInAsync();
        var client = new TrimmedClient(adapter);
        var request = client.Me.Drive.Root.Children.ToGetRequestInformation(c => c.QueryParameters.Top = 1);

        var names = new List<string>();
        await foreach (var file in Pager.EnumerateAsync(adapter, request, FileEntry.ReadJson))
        {
            names.Add(file.Name!);
        }

        var firstPageOnly = await client.Me.Drive.Root.Children.GetAsync(c => c.QueryParameters.Top = 1);
        Assert.Equal(new[] { "Documents", "Music", "Notes.txt", "Pictures" }, names);
        Assert.Single(firstPageOnly!.Value!);
    }

    [Fact]
    public async Task Transfers_and_delta_hand_back_the_trimmed_model_and_a_damaged_download_is_still_caught()
    {
        var data = Path.Combine(Path.GetTempPath(), "odg-trimmed-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.DataDirectory = data);
            var (_, adapter, _) = await h.SignInAsync();
            var client = new TrimmedClient(adapter);
            var content = RandomNumberGenerator.GetBytes(6 * 1024 * 1024 + 17);
            var latest = await Delta.GetChangesAsync(adapter, client.Me.Drive.Root.Delta.ToGetRequestInformation(), FileEntry.ReadJson);

            FileEntry uploaded = await new DriveUploader(adapter, h.Http).UploadAsync(new MemoryStream(content), client.Me.Drive.Root.ItemWithPath("Trimmed/big file #1.bin").ToGetRequestInformation(), FileEntry.ReadJson);
            using var back = new MemoryStream();
            FileEntry downloaded = await new DriveDownloader(adapter, h.Http).DownloadAsync(client.Me.Drive.Items[uploaded.Id!].ToGetRequestInformation(), FileEntry.ReadJson, back);
            var changes = await Delta.GetChangesAsync(adapter, latest.DeltaLink, FileEntry.ReadJson);

            var blob = Directory.GetFiles(data, "*", SearchOption.AllDirectories).Single(f => new FileInfo(f).Length == content.Length);
            var bytes = await File.ReadAllBytesAsync(blob);
            bytes[1_000_000] ^= 0x01;
            await File.WriteAllBytesAsync(blob, bytes);
            var damaged = await Assert.ThrowsAsync<InvalidDataException>(() => new DriveDownloader(adapter, h.Http).DownloadAsync(client.Me.Drive.Items[uploaded.Id!].ToGetRequestInformation(), FileEntry.ReadJson, Stream.Null));

            Assert.Equal(content.Length, uploaded.Size);
            Assert.Equal("big file #1.bin", downloaded.Name);
            Assert.Equal(content, back.ToArray());
            Assert.Contains(changes.Changes, c => c.Id == uploaded.Id);
            Assert.Contains("do not match", damaged.Message, StringComparison.Ordinal); // the hashes came from the JSON, not from FileEntry
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
    public async Task Errors_are_the_trimmed_spec_s_own_error_model()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (_, adapter, _) = await h.SignInAsync();
        var client = new TrimmedClient(adapter);

        var error = await Assert.ThrowsAsync<GraphFailure>(() => new DriveDownloader(adapter, h.Http).DownloadAsync(client.Me.Drive.Items["D4648F06C91D9D3D!999"].ToGetRequestInformation(), FileEntry.ReadJson, Stream.Null));

        Assert.Equal("itemNotFound", error.Error?.Code);
        Assert.Equal("itemNotFound", error.Message);
    }
}
