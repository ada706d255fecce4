using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OneDriveGen.Runtime.Drive;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Whole folders down and up with <see cref="FolderTransfer"/> against hand-written HttpClient code with the same
/// parallelism, on the emulator as its own process: 1,000 small files and 10 × 64 MiB, 1 and 4 transfers at once;
/// and the second run after no change, which must transfer nothing.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FolderTransferBenchmarks
{
    private const string Small = "1000 small files";
    private const string Large = "10 x 64 MiB";

    private HeadToHeadContenders _contenders = null!;
    private HttpClient _plain = null!;
    private string _root = null!;
    private string _source = null!;
    private int _iteration;

    [Params(Small, Large)]
    public string Shape { get; set; } = Small;

    [Params(1, 4)]
    public int Transfers { get; set; } = 1;

    private string Remote => Shape == Small ? "Small" : "Large";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _contenders = await HeadToHeadContenders.StartAsync(seeded: false);
        _plain = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        _root = Path.Combine(Path.GetTempPath(), "odg-folder-bench-" + Guid.NewGuid().ToString("N"));
        _source = Path.Combine(_root, "source");
        Directory.CreateDirectory(_source);
        var (count, size) = Shape == Small ? (1000, 1024) : (10, 64 * 1024 * 1024);
        for (var i = 0; i < count; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(_source, $"file{i:0000}.bin"), RandomNumberGenerator.GetBytes(size));
        }

        // The remote folder the downloads read, and the "unchanged" copies both ways.
        await Transfer().UploadAsync(_source, Folder(Remote));
        await Transfer().DownloadAsync(Folder(Remote), Path.Combine(_root, "unchanged"));
        await Transfer().UploadAsync(_source, Folder(Remote + "Unchanged"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _contenders.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [IterationSetup]
    public void NextIteration() => Interlocked.Increment(ref _iteration);

    [Benchmark(Baseline = true, Description = "baseline: hand-written download")]
    [BenchmarkCategory("download")]
    public Task<int> BaselineDownload() =>
        HandWrittenFolder.DownloadAsync(_contenders.Http, _plain, $"{_contenders.BaseUrl}/me/drive/root:/{Remote}:", Fresh("baseline"), Transfers);

    [Benchmark(Description = "FolderTransfer.DownloadAsync")]
    [BenchmarkCategory("download")]
    public async Task<int> Download() =>
        (await Transfer().DownloadAsync(Folder(Remote), Fresh("download"))).Transferred.Count;

    [Benchmark(Description = "FolderTransfer.DownloadAsync, nothing changed")]
    [BenchmarkCategory("download")]
    public async Task<int> DownloadUnchanged() =>
        Checked(await Transfer().DownloadAsync(Folder(Remote), Path.Combine(_root, "unchanged")));

    [Benchmark(Baseline = true, Description = "baseline: hand-written upload")]
    [BenchmarkCategory("upload")]
    public Task<int> BaselineUpload() =>
        HandWrittenFolder.UploadAsync(_contenders.Http, _plain, _contenders.BaseUrl, _source, $"Up/baseline{_iteration}", Transfers);

    [Benchmark(Description = "FolderTransfer.UploadAsync")]
    [BenchmarkCategory("upload")]
    public async Task<int> Upload() =>
        (await Transfer().UploadAsync(_source, Folder($"Up/folder{_iteration}"))).Transferred.Count;

    [Benchmark(Description = "FolderTransfer.UploadAsync, nothing changed")]
    [BenchmarkCategory("upload")]
    public async Task<int> UploadUnchanged() =>
        Checked(await Transfer().UploadAsync(_source, Folder(Remote + "Unchanged")));

    // A second run must compare every file and send none: anything else is not the case being measured.
    private int Checked(FolderTransferResult result) =>
        result.Transferred.Count == 0 && result.Succeeded && result.Skipped.Count == (Shape == Small ? 1000 : 10)
            ? result.Skipped.Count
            : throw new InvalidOperationException($"After no change: {result.Transferred.Count} transferred, {result.Skipped.Count} skipped, {result.Failures.Count} failed.");

    private FolderTransfer Transfer() => new(_contenders.OneDriveGenAdapter, _plain) { Transfers = Transfers };

    private Microsoft.Kiota.Abstractions.RequestInformation Folder(string path) =>
        _contenders.OneDriveGen.Me.Drive.Root.ItemWithPath(path).ToGetRequestInformation();

    private string Fresh(string name)
    {
        var path = Path.Combine(_root, $"{name}{_iteration}");
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return path;
    }
}
