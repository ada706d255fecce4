using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.OneDrive;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// 1 GiB through the runtime's <see cref="DriveDownloader"/> and <see cref="DriveUploader"/> against hand-written
/// HttpClient code doing the same requests, with the emulator as its own process. Each iteration prints the peak
/// managed heap of this (the client) process above its start ("CLIENT-MANAGED-PEAK …").
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeTransferBenchmarks
{
    private const long GiB = 1024L * 1024 * 1024;
    private const int Fragment = 32 * 320 * 1024;

    private EmulatorProcess _emulator = null!;
    private HttpClient _plain = null!;
    private HttpClient _authorized = null!;
    private IRequestAdapter _adapter = null!;
    private OneDriveClient _client = null!;
    private ManagedPeak? _peak;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _emulator = await EmulatorProcess.StartAsync();
        _plain = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        _authorized = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        _authorized.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.AccessToken);
        var authority = _emulator.GraphBaseUrl[..^"/v1.0".Length];
        var options = new OneDriveOptions { ClientId = Emulator.Identity.AppRegistration.TestPublicClient.ClientId, AuthorityHost = authority, GraphBaseUrl = _emulator.GraphBaseUrl };
        var provider = new OneDriveTokenProvider(new OneDriveSignIn(options, new TokenClient(_plain)), new InMemoryTokenStore(), options);
        await provider.SignedInAsync(new TokenSet(_emulator.AccessToken, null, DateTimeOffset.UtcNow.AddMinutes(55), new[] { "files.readwrite.all" }));
        _adapter = OneDriveClientFactory.CreateAdapter(options, provider);
        _client = new OneDriveClient(_adapter);
        await BaselineUploadAsync();
    }

    [IterationSetup]
    public void StartSampling() => _peak = new ManagedPeak();

    [IterationCleanup]
    public void StopSampling()
    {
        Console.WriteLine($"CLIENT-MANAGED-PEAK {_peak!.PeakAboveStartMiB:0.0} MiB");
        _peak.Dispose();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _authorized.Dispose();
        _emulator.Dispose();
    }

    [Benchmark(Baseline = true, Description = "baseline: hand-written HttpClient download")]
    [BenchmarkCategory("download")]
    public async Task<long> BaselineDownload()
    {
        using var item = await _authorized.GetAsync(_emulator.GraphBaseUrl + "/me/drive/root:/big.bin:");
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
        var item = await new DriveDownloader(_adapter, _plain).DownloadAsync(_client.Me.Drive.Root.ItemWithPath("big.bin").ToGetRequestInformation(), Stream.Null, verifyHash: false);
        return item.Size ?? 0;
    }

    [Benchmark(Baseline = true, Description = "baseline: hand-written HttpClient session upload")]
    [BenchmarkCategory("upload")]
    public Task<long> BaselineUpload() => BaselineUploadAsync();

    [Benchmark(Description = "DriveUploader (session, 10 MiB fragments)")]
    [BenchmarkCategory("upload")]
    public async Task<long> RuntimeUpload()
    {
        var item = await new DriveUploader(_adapter, _plain) { FragmentSize = Fragment }.UploadAsync(new PatternStream(GiB), "big.bin");
        return item.Size ?? 0;
    }

    private async Task<long> BaselineUploadAsync()
    {
        using var created = await _authorized.PostAsync(_emulator.GraphBaseUrl + "/me/drive/root:/big.bin:/createUploadSession", new StringContent("{\"item\":{\"@microsoft.graph.conflictBehavior\":\"replace\"}}", System.Text.Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var uploadUrl = json.RootElement.GetProperty("uploadUrl").GetString()!;
        var source = new PatternStream(GiB);
        var buffer = new byte[Fragment];
        for (long offset = 0; offset < GiB; offset += Fragment)
        {
            var length = (int)Math.Min(Fragment, GiB - offset);
            source.Position = offset;
            source.ReadExactly(buffer, 0, length);
            using var content = new ByteArrayContent(buffer, 0, length);
            content.Headers.ContentRange = new ContentRangeHeaderValue(offset, offset + length - 1, GiB);
            using var response = await _plain.PutAsync(uploadUrl, content);
            response.EnsureSuccessStatusCode();
        }

        return GiB;
    }
}
