using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OneDriveGen.Benchmarks.OneDrive;
using GraphClient = Microsoft.Graph.GraphServiceClient;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The same three Graph requests from three clients against the emulator in its own process: hand-written
/// HttpClient + System.Text.Json source generation (the baseline), OneDriveGen's generated client, and
/// Microsoft.Graph 6.10.0 (on Kiota 2.1.6), each with its default pipeline and a token already at hand.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HeadToHeadBenchmarks
{
    private HeadToHeadContenders _contenders = null!;
    private HttpClient _http = null!;
    private OneDriveClient _odg = null!;
    private OneDriveClient _odgBare = null!;
    private Microsoft.Kiota.Abstractions.IRequestAdapter _bareAdapter = null!;
    private Microsoft.Kiota.Abstractions.RequestInformation _prebuilt = null!;
    private GraphClient _graph = null!;
    private string _driveId = null!;
    private string _pictureId = null!;
    private string _folderId = null!;
    private string _base = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // The sample drive (its picture has thumbnails) and a folder of 200 files.
        _contenders = await HeadToHeadContenders.StartAsync(seeded: true, "--fill Page=200");
        _base = _contenders.BaseUrl;
        _http = _contenders.Http;
        _odg = _contenders.OneDriveGen;
        _graph = _contenders.Graph;
        _driveId = await _contenders.IdOfAsync("/me/drive");
        _pictureId = await _contenders.IdOfAsync("/me/drive/root:/Pictures/BritishShorthair.jpg");
        _folderId = await _contenders.IdOfAsync("/me/drive/root:/Page");

        // Breakdown: the same client with no middleware at all, and a request built once.
        _bareAdapter = new Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter(
            new OneDriveGen.Runtime.Http.BearerHeaderAuthenticationProvider(_contenders.Tokens), new Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory(), new Microsoft.Kiota.Serialization.Json.JsonSerializationWriterFactory(), new HttpClient()) { BaseUrl = _base };
        _odgBare = new OneDriveClient(_bareAdapter);
        _prebuilt = _odgBare.Drives[_driveId].Items[_pictureId].ToGetRequestInformation();
        _prebuilt.URI = _prebuilt.URI;
    }

    [GlobalCleanup]
    public void Cleanup() => _contenders.Dispose();

    [BenchmarkCategory("get item"), Benchmark(Baseline = true, Description = "hand-written")]
    public async Task<string?> GetItemHandWritten() =>
        (await GetJson($"{_base}/drives/{_driveId}/items/{Uri.EscapeDataString(_pictureId)}", HeadToHeadJson.Default.FullItem))!.Name;

    [BenchmarkCategory("get item"), Benchmark(Description = "OneDriveGen")]
    public async Task<string?> GetItemOneDriveGen() => (await _odg.Drives[_driveId].Items[_pictureId].GetAsync())!.Name;

    [BenchmarkCategory("get item"), Benchmark(Description = "breakdown: OneDriveGen without Kiota's middleware")]
    public async Task<string?> GetItemOneDriveGenNoMiddleware() => (await _odgBare.Drives[_driveId].Items[_pictureId].GetAsync())!.Name;

    [BenchmarkCategory("get item"), Benchmark(Description = "breakdown: …and the request built once")]
    public async Task<string?> GetItemOneDriveGenPrebuilt() =>
        (await OneDriveGen.Runtime.Generated.GraphJson.SendAsync(_bareAdapter, _prebuilt, OneDriveGen.Benchmarks.OneDrive.Models.DriveItem.ReadJson))!.Name;

    [BenchmarkCategory("get item"), Benchmark(Description = "Microsoft.Graph")]
    public async Task<string?> GetItemGraph() => (await _graph.Drives[_driveId].Items[_pictureId].GetAsync())!.Name;

    [BenchmarkCategory("thumbnails"), Benchmark(Baseline = true, Description = "hand-written")]
    public async Task<int> ThumbnailsHandWritten() =>
        (await GetJson($"{_base}/drives/{_driveId}/items/{Uri.EscapeDataString(_pictureId)}/thumbnails", HeadToHeadJson.Default.ThumbnailPage))!.Value[0].Medium!.Height;

    [BenchmarkCategory("thumbnails"), Benchmark(Description = "OneDriveGen")]
    public async Task<int?> ThumbnailsOneDriveGen() => (await _odg.Drives[_driveId].Items[_pictureId].Thumbnails.GetAsync())!.Value![0].Medium!.Height;

    [BenchmarkCategory("thumbnails"), Benchmark(Description = "Microsoft.Graph")]
    public async Task<int?> ThumbnailsGraph() => (await _graph.Drives[_driveId].Items[_pictureId].Thumbnails.GetAsync())!.Value![0].Medium!.Height;

    [BenchmarkCategory("list 200 children"), Benchmark(Baseline = true, Description = "hand-written")]
    public async Task<int> ChildrenHandWritten() =>
        (await GetJson($"{_base}/drives/{_driveId}/items/{Uri.EscapeDataString(_folderId)}/children?$top=200", HeadToHeadJson.Default.FullPage))!.Value.Count;

    [BenchmarkCategory("list 200 children"), Benchmark(Description = "OneDriveGen")]
    public async Task<int> ChildrenOneDriveGen() =>
        (await _odg.Drives[_driveId].Items[_folderId].Children.GetAsync(c => c.QueryParameters.Top = 200))!.Value!.Count;

    [BenchmarkCategory("list 200 children"), Benchmark(Description = "Microsoft.Graph")]
    public async Task<int> ChildrenGraph() =>
        (await _graph.Drives[_driveId].Items[_folderId].Children.GetAsync(c => c.QueryParameters.Top = 200))!.Value!.Count;

    private async Task<T?> GetJson<T>(string url, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        return await JsonSerializer.DeserializeAsync(body, type);
    }
}
