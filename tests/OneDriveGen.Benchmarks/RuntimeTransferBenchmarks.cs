using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OneDriveGen.Runtime.Drive;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// 1 GiB through the runtime's <see cref="DriveDownloader"/> and <see cref="DriveUploader"/> against hand-written
/// HttpClient code doing the same requests, with the emulator as its own process; the client's peak managed heap
/// is in the summary.
/// </summary>
[Config(typeof(PeakColumnConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeTransferBenchmarks : PeakSampledBenchmarks
{
    private const long GiB = 1024L * 1024 * 1024;
    private const int Fragment = 32 * 320 * 1024;

    private HeadToHeadContenders _contenders = null!;
    private HttpClient _plain = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _contenders = await HeadToHeadContenders.StartAsync(seeded: false);
        _plain = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        await BaselineUpload();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _contenders.Dispose();
    }

    [Benchmark(Baseline = true, Description = "baseline: hand-written HttpClient download")]
    [BenchmarkCategory("download")]
    public async Task<long> BaselineDownload()
    {
        Running(nameof(BaselineDownload));
        using var item = await _contenders.Http.GetAsync(_contenders.BaseUrl + "/me/drive/root:/big.bin:");
        using var json = JsonDocument.Parse(await item.Content.ReadAsStringAsync());
        using var response = await _plain.GetAsync(json.RootElement.GetProperty("@microsoft.graph.downloadUrl").GetString(), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
        return response.Content.Headers.ContentLength ?? 0;
    }

    [Benchmark(Description = "DriveDownloader (no hash check)")]
    [BenchmarkCategory("download")]
    public async Task<long> RuntimeDownload()
    {
        Running(nameof(RuntimeDownload));
        var request = _contenders.OneDriveGen.Me.Drive.Root.ItemWithPath("big.bin").ToGetRequestInformation();
        var item = await new DriveDownloader(_contenders.OneDriveGenAdapter, _plain).DownloadAsync(request, OneDrive.Models.DriveItem.ReadJson, Stream.Null, verifyHash: false);
        return item.Size ?? 0;
    }

    [Benchmark(Baseline = true, Description = "baseline: hand-written HttpClient session upload")]
    [BenchmarkCategory("upload")]
    public Task<long> BaselineUpload()
    {
        Running(nameof(BaselineUpload));
        return HandWrittenUpload.SendAsync(_contenders.Http, _plain, _contenders.BaseUrl + "/me/drive/root:/big.bin:/createUploadSession", GiB, Fragment);
    }

    [Benchmark(Description = "DriveUploader (session, 10 MiB fragments)")]
    [BenchmarkCategory("upload")]
    public async Task<long> RuntimeUpload()
    {
        Running(nameof(RuntimeUpload));
        var item = await new DriveUploader(_contenders.OneDriveGenAdapter, _plain) { FragmentSize = Fragment }.UploadAsync(new PatternStream(GiB), _contenders.OneDriveGen.Me.Drive.Root.ItemWithPath("big.bin").ToGetRequestInformation(), OneDrive.Models.DriveItem.ReadJson);
        return item.Size ?? 0;
    }
}
