using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Kiota.Abstractions.Authentication;
using OneDriveGen.Emulator.Identity;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.OneDrive;
using OneDriveGen.Runtime.Tokens;
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
    private EmulatorProcess _emulator = null!;
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
        _emulator = await EmulatorProcess.StartAsync(seeded: true);
        _base = _emulator.GraphBaseUrl;
        _http = new HttpClient();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.AccessToken);

        // A folder of 200 files, and the sample picture (which has thumbnails).
        for (var i = 0; i < 200; i++)
        {
            using var put = await _http.PutAsync($"{_base}/me/drive/root:/Page/file{i:000}.txt:/content", new ByteArrayContent(new byte[] { 1 }));
            put.EnsureSuccessStatusCode();
        }

        _driveId = await IdOf($"{_base}/me/drive");
        _pictureId = await IdOf($"{_base}/me/drive/root:/Pictures/BritishShorthair.jpg");
        _folderId = await IdOf($"{_base}/me/drive/root:/Page");

        var app = AppRegistration.TestPublicClient;
        var options = new OneDriveOptions { ClientId = app.ClientId, AuthorityHost = _base[..^"/v1.0".Length], GraphBaseUrl = _base };
        var provider = new OneDriveTokenProvider(new OneDriveSignIn(options, new TokenClient(new HttpClient())), new InMemoryTokenStore(), options);
        await provider.SignedInAsync(new TokenSet(_emulator.AccessToken, null, DateTimeOffset.UtcNow.AddMinutes(55), new[] { "files.readwrite.all" }));
        _odg = OneDriveClientFactory.Create(options, provider);
        // Breakdown: the same client with no middleware at all, and a request built once.
        _bareAdapter = new Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter(
            new BaseBearerTokenAuthenticationProvider(provider), new Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory(), new Microsoft.Kiota.Serialization.Json.JsonSerializationWriterFactory(), new HttpClient()) { BaseUrl = _base };
        _odgBare = new OneDriveClient(_bareAdapter);
        _prebuilt = _odgBare.Drives[_driveId].Items[_pictureId].ToGetRequestInformation();
        _prebuilt.URI = _prebuilt.URI;
        _graph = new GraphClient(new BaseBearerTokenAuthenticationProvider(new StaticToken(_emulator.AccessToken)), _base);
    }

    [GlobalCleanup]
    public void Cleanup() => _emulator.Dispose();

    [BenchmarkCategory("get item"), Benchmark(Baseline = true, Description = "hand-written")]
    public async Task<string?> GetItemHandWritten() =>
        (await GetJson($"{_base}/drives/{_driveId}/items/{Uri.EscapeDataString(_pictureId)}", HeadToHeadJson.Default.FullItem))!.Name;

    [BenchmarkCategory("get item"), Benchmark(Description = "OneDriveGen")]
    public async Task<string?> GetItemOneDriveGen() => (await _odg.Drives[_driveId].Items[_pictureId].GetAsync())!.Name;

    [BenchmarkCategory("get item"), Benchmark(Description = "breakdown: OneDriveGen without Kiota's middleware")]
    public async Task<string?> GetItemOneDriveGenNoMiddleware() => (await _odgBare.Drives[_driveId].Items[_pictureId].GetAsync())!.Name;

    [BenchmarkCategory("get item"), Benchmark(Description = "breakdown: …and the request built once")]
    public async Task<string?> GetItemOneDriveGenPrebuilt() =>
        (await OneDriveGen.Runtime.Json.GraphJson.SendAsync(_bareAdapter, _prebuilt, OneDriveGen.Runtime.OneDrive.Models.DriveItem.ReadJson))!.Name;

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

    private async Task<string> IdOf(string url)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(url));
        return document.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>A token already at hand: what every contender gets, so the comparison is of the request path.</summary>
    private sealed class StaticToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
