using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using OneDriveGen.Runtime.Drive;
using GraphItem = Microsoft.Graph.Models.DriveItem;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// 256 MiB downloaded and uploaded (an upload session of 10 MiB fragments) by the three head-to-head clients, each
/// the way its documentation says: hand-written HttpClient (item, then its pre-authenticated URL; createUploadSession
/// then PUTs), OneDriveGen's <see cref="DriveDownloader"/> and <see cref="DriveUploader"/>, and Microsoft.Graph
/// (<c>…/content</c> as a stream; <c>LargeFileUploadTask</c>). The client's peak managed heap is in the summary.
/// </summary>
[Config(typeof(TransferJobConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HeadToHeadTransferBenchmarks : PeakSampledBenchmarks
{
    private const long Size = 256L * 1024 * 1024;
    private const int Fragment = 32 * 320 * 1024;

    private HeadToHeadContenders _contenders = null!;
    private HttpClient _plain = null!;
    private string _driveId = null!;
    private string _rootId = null!;
    private string _fileId = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _contenders = await HeadToHeadContenders.StartAsync(seeded: false);
        _plain = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        _driveId = await _contenders.IdOfAsync("/me/drive");
        _rootId = await _contenders.IdOfAsync("/me/drive/root");
        await UploadHandWritten();
        _fileId = await _contenders.IdOfAsync("/me/drive/root:/big.bin");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _contenders.Dispose();
    }

    [BenchmarkCategory("download 256 MiB"), Benchmark(Baseline = true, Description = "hand-written")]
    public async Task<long> DownloadHandWritten()
    {
        Running(nameof(DownloadHandWritten));
        using var item = await _contenders.Http.GetAsync($"{_contenders.BaseUrl}/drives/{_driveId}/items/{Uri.EscapeDataString(_fileId)}");
        using var json = JsonDocument.Parse(await item.Content.ReadAsStreamAsync());
        using var response = await _plain.GetAsync(json.RootElement.GetProperty("@microsoft.graph.downloadUrl").GetString(), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
        return response.Content.Headers.ContentLength ?? 0;
    }

    [BenchmarkCategory("download 256 MiB"), Benchmark(Description = "OneDriveGen (no hash check)")]
    public async Task<long> DownloadOneDriveGen()
    {
        Running(nameof(DownloadOneDriveGen));
        var request = _contenders.OneDriveGen.Drives[_driveId].Items[_fileId].ToGetRequestInformation();
        var item = await new DriveDownloader(_contenders.OneDriveGenAdapter, _plain).DownloadAsync(request, OneDrive.Models.DriveItem.ReadJson, Stream.Null, verifyHash: false);
        return item.Size ?? 0;
    }

    [BenchmarkCategory("download 256 MiB"), Benchmark(Description = "OneDriveGen, hash checked (its default)")]
    public async Task<long> DownloadOneDriveGenVerified()
    {
        Running(nameof(DownloadOneDriveGenVerified));
        var request = _contenders.OneDriveGen.Drives[_driveId].Items[_fileId].ToGetRequestInformation();
        var item = await new DriveDownloader(_contenders.OneDriveGenAdapter, _plain).DownloadAsync(request, OneDrive.Models.DriveItem.ReadJson, Stream.Null);
        return item.Size ?? 0;
    }

    [BenchmarkCategory("download 256 MiB"), Benchmark(Description = "Microsoft.Graph")]
    public async Task<long> DownloadGraph()
    {
        Running(nameof(DownloadGraph));
        await using var body = await _contenders.Graph.Drives[_driveId].Items[_fileId].Content.GetAsync();
        await body!.CopyToAsync(Stream.Null);
        return Size;
    }

    [BenchmarkCategory("upload 256 MiB"), Benchmark(Baseline = true, Description = "hand-written")]
    public Task<long> UploadHandWritten()
    {
        Running(nameof(UploadHandWritten));
        return HandWrittenUpload.SendAsync(_contenders.Http, _plain, $"{_contenders.BaseUrl}/drives/{_driveId}/items/{Uri.EscapeDataString(_rootId)}:/big.bin:/createUploadSession", Size, Fragment);
    }

    [BenchmarkCategory("upload 256 MiB"), Benchmark(Description = "OneDriveGen")]
    public async Task<long> UploadOneDriveGen()
    {
        Running(nameof(UploadOneDriveGen));
        var item = await new DriveUploader(_contenders.OneDriveGenAdapter, _plain) { FragmentSize = Fragment }.UploadAsync(new PatternStream(Size), _contenders.OneDriveGen.Me.Drive.Root.ItemWithPath("big.bin").ToGetRequestInformation(), OneDrive.Models.DriveItem.ReadJson);
        return item.Size ?? 0;
    }

    [BenchmarkCategory("upload 256 MiB"), Benchmark(Description = "Microsoft.Graph")]
    public async Task<long> UploadGraph()
    {
        Running(nameof(UploadGraph));
        var body = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = { ["@microsoft.graph.conflictBehavior"] = "replace" } },
        };
        var session = await _contenders.Graph.Drives[_driveId].Items[_rootId].ItemWithPath("big.bin").CreateUploadSession.PostAsync(body);
        // No request adapter: the task makes its own, without the bearer token the pre-authenticated URL refuses.
        var upload = new LargeFileUploadTask<GraphItem>(session!, new PatternStream(Size), Fragment);
        var result = await upload.UploadAsync();
        return result.UploadSucceeded ? Size : throw new InvalidOperationException("Microsoft.Graph's upload did not succeed.");
    }
}
