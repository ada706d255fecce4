using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Tests.OneDrive;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>Whole folders, down and up, against the emulator: pages, nesting, skipping what is the same, faults mid-folder, name rules.</summary>
public sealed class FolderTransferTests : IDisposable
{
    private readonly string _local = Path.Combine(Path.GetTempPath(), "odg-folder-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_tree_with_many_pages_downloads_whole_and_a_second_run_transfers_nothing()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.FillFolders["Archive/2025"] = 230);
        var (client, adapter, _) = await h.SignInAsync();
        h.Emulator.Drive.AddFile("Archive", "summary # 1.txt", RandomNumberGenerator.GetBytes(70_000));
        var transfer = new FolderTransfer(adapter, h.Http) { Transfers = 4 };
        var folder = client.Me.Drive.Root.ItemWithPath("Archive").ToGetRequestInformation();

        h.Emulator.Requests.Clear();
        var first = await transfer.DownloadAsync(folder, _local);
        var graphCalls = h.Emulator.Requests.Snapshot().Where(r => r.RawTarget.StartsWith("/v1.0/", StringComparison.Ordinal)).ToList();
        var contentBefore = ContentRequests(h);
        var second = await transfer.DownloadAsync(folder, _local);

        Assert.True(first.Succeeded, string.Join("\n", first.Failures));
        Assert.Equal(231, first.Transferred.Count);
        Assert.All(graphCalls, r => Assert.Contains("/children", r.RawTarget, StringComparison.Ordinal)); // the listings' download URLs are used: no request per file
        Assert.Equal(3, graphCalls.Count); // Archive, and 2025's two pages
        Assert.Equal(231, Directory.GetFiles(_local, "*", SearchOption.AllDirectories).Length);
        Assert.Equal(h.Emulator.Drive.ContentOf(h.Emulator.Drive.FindIdByPath("Archive/summary # 1.txt")!), await File.ReadAllBytesAsync(Path.Combine(_local, "summary # 1.txt")));
        Assert.True(File.Exists(Path.Combine(_local, "2025", "file00229.txt")));
        Assert.Empty(second.Transferred);
        Assert.Equal(231, second.Skipped.Count);
        Assert.Equal(contentBefore, ContentRequests(h)); // nothing downloaded again
    }

    [Fact]
    public async Task A_local_tree_uploads_creating_folders_and_only_changed_files_go_again()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var files = new Dictionary<string, byte[]>
        {
            ["a.txt"] = RandomNumberGenerator.GetBytes(10),
            ["docs/b + c.txt"] = RandomNumberGenerator.GetBytes(5_000_000), // above 4 MiB: an upload session
            ["docs/deep/é%.bin"] = RandomNumberGenerator.GetBytes(300),
        };
        Write(files);
        var transfer = new FolderTransfer(adapter, h.Http) { Transfers = 2 };
        var target = client.Me.Drive.Root.ItemWithPath("Backup/2026").ToGetRequestInformation();

        var first = await transfer.UploadAsync(_local, target);
        await File.WriteAllBytesAsync(Path.Combine(_local, "a.txt"), RandomNumberGenerator.GetBytes(11));
        var second = await transfer.UploadAsync(_local, target);

        Assert.True(first.Succeeded, string.Join("\n", first.Failures));
        Assert.Equal(files.Keys.OrderBy(k => k, StringComparer.Ordinal), first.Transferred);
        foreach (var (path, bytes) in files.Where(f => f.Key != "a.txt"))
        {
            Assert.Equal(bytes, h.Emulator.Drive.ContentOf(h.Emulator.Drive.FindIdByPath("Backup/2026/" + path)!));
        }

        Assert.Equal(new[] { "a.txt" }, second.Transferred);
        Assert.Equal(2, second.Skipped.Count);
        Assert.Equal(11, h.Emulator.Drive.ContentOf(h.Emulator.Drive.FindIdByPath("Backup/2026/a.txt")!)!.Length);
    }

    [Fact]
    public async Task A_file_of_the_same_size_with_other_bytes_is_sent_again_unless_sizes_are_enough()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        Write(new Dictionary<string, byte[]> { ["same-size.bin"] = RandomNumberGenerator.GetBytes(9_000_000), ["other.bin"] = new byte[] { 1 } });
        var target = client.Me.Drive.Root.ItemWithPath("Hashes").ToGetRequestInformation();
        await new FolderTransfer(adapter, h.Http).UploadAsync(_local, target);
        var changed = RandomNumberGenerator.GetBytes(9_000_000);
        await File.WriteAllBytesAsync(Path.Combine(_local, "same-size.bin"), changed);

        var bySize = await new FolderTransfer(adapter, h.Http) { SizeOnly = true }.UploadAsync(_local, target);
        var byHash = await new FolderTransfer(adapter, h.Http).UploadAsync(_local, target);

        Assert.Empty(bySize.Transferred);
        Assert.Equal(new[] { "same-size.bin" }, byHash.Transferred);
        Assert.Equal(new[] { "other.bin" }, byHash.Skipped);
        Assert.Equal(changed, h.Emulator.Drive.ContentOf(h.Emulator.Drive.FindIdByPath("Hashes/same-size.bin")!));
    }

    [Fact]
    public async Task Parallel_uploads_into_one_new_folder_create_it_once_and_keep_what_is_beside_it()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        h.Emulator.Drive.AddFile("Shared", "keep.txt", new byte[] { 7 });
        Write(Enumerable.Range(0, 40).ToDictionary(i => $"new/f{i:00}.txt", i => new[] { (byte)i }));

        var result = await new FolderTransfer(adapter, h.Http) { Transfers = 8 }.UploadAsync(_local, client.Me.Drive.Root.ItemWithPath("Shared").ToGetRequestInformation());

        Assert.True(result.Succeeded, string.Join("\n", result.Failures));
        Assert.Equal(40, result.Transferred.Count);
        Assert.Equal(new byte[] { 7 }, h.Emulator.Drive.ContentOf(h.Emulator.Drive.FindIdByPath("Shared/keep.txt")!));
    }

    [Fact]
    public async Task Faults_mid_folder_a_reset_a_throttled_page_and_an_expired_url_still_complete_every_file()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.FillFolders["Many"] = 40);
        var (client, adapter, _) = await h.SignInAsync();
        h.Emulator.Drive.AddFile("Many", "big.bin", RandomNumberGenerator.GetBytes(3_000_000));
        h.Emulator.Faults.Add(FaultRule.ResetDownload(afterBytes: 1_000_000));
        h.Emulator.Faults.Add(FaultRule.Throttle("/children", retryAfterSeconds: 1));
        h.Emulator.Faults.Add(new FaultRule { PathContains = "/download/", Host = FaultHost.Content, Status = 404, OnRequest = 5 }); // an expired URL

        var result = await new FolderTransfer(adapter, h.Http).DownloadAsync(client.Me.Drive.Root.ItemWithPath("Many").ToGetRequestInformation(), _local);

        Assert.True(result.Succeeded, string.Join("\n", result.Failures));
        Assert.Equal(41, result.Transferred.Count);
        Assert.Equal(h.Emulator.Drive.ContentOf(h.Emulator.Drive.FindIdByPath("Many/big.bin")!), await File.ReadAllBytesAsync(Path.Combine(_local, "big.bin")));
        Assert.Empty(Directory.GetFiles(_local, "*" + FolderTransfer.PartialSuffix));
    }

    [Fact]
    public async Task A_file_that_keeps_failing_is_reported_the_others_complete_and_no_partial_file_is_left()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.FillFolders["Few"] = 6);
        var (client, adapter, _) = await h.SignInAsync();
        h.Emulator.Faults.Add(new FaultRule { PathContains = "/download/", Host = FaultHost.Content, Status = 500, OnRequest = 3, Times = 5 }); // every attempt at one file

        var result = await new FolderTransfer(adapter, h.Http) { Transfers = 1 }.DownloadAsync(client.Me.Drive.Root.ItemWithPath("Few").ToGetRequestInformation(), _local);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(5, result.Transferred.Count);
        Assert.False(File.Exists(Path.Combine(_local, failure.Path)));
        Assert.Empty(Directory.GetFiles(_local, "*" + FolderTransfer.PartialSuffix));
        Assert.Contains("500", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_OneDrive_refuses_and_names_that_differ_only_in_case_are_reported_not_sent()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return; // these local names cannot exist on a case-insensitive disk that refuses ':'
        }

        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        Write(new Dictionary<string, byte[]>
        {
            ["ok.txt"] = new byte[] { 1 },
            ["a:b.txt"] = new byte[] { 2 },
            ["trailing."] = new byte[] { 3 },
            ["Report.txt"] = new byte[] { 4 },
            ["report.txt"] = new byte[] { 5 },
        });

        var result = await new FolderTransfer(adapter, h.Http).UploadAsync(_local, client.Me.Drive.Root.ItemWithPath("Names").ToGetRequestInformation());

        Assert.Equal(new[] { "Report.txt", "ok.txt" }, result.Transferred);
        Assert.Equal(new[] { "a:b.txt", "report.txt", "trailing." }, result.Failures.Select(f => f.Path));
        Assert.Contains("only in case", result.Failures.Single(f => f.Path == "report.txt").Reason, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 4 }, h.Emulator.Drive.ContentOf(h.Emulator.Drive.FindIdByPath("Names/Report.txt")!)); // not replaced
    }

    [Fact]
    public async Task Progress_counts_every_file_and_byte()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.FillFolders["P"] = 12);
        var (client, adapter, _) = await h.SignInAsync();
        var reports = new List<FolderProgress>();

        await new FolderTransfer(adapter, h.Http).DownloadAsync(client.Me.Drive.Root.ItemWithPath("P").ToGetRequestInformation(), _local, new SyncProgress<FolderProgress>(p => { lock (reports) { reports.Add(p); } }));

        var finished = reports.Where(r => r.FinishedFile is not null).ToList();
        Assert.Equal(12, finished.Count);
        Assert.All(finished, r => Assert.Equal(FileOutcome.Transferred, r.Outcome));
        Assert.Equal(12, finished.Max(r => r.FilesDone));
        Assert.Equal(12L, reports.Max(r => r.BytesDone));
    }

    public void Dispose()
    {
        if (Directory.Exists(_local))
        {
            Directory.Delete(_local, recursive: true);
        }
    }

    private void Write(Dictionary<string, byte[]> files)
    {
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(_local, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    private static int ContentRequests(RuntimeHarness h) => h.Emulator.Requests.Snapshot().Count(r => r.RawTarget.StartsWith("/download/", StringComparison.Ordinal));
}
