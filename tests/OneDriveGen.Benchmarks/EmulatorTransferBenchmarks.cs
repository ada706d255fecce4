using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// A 1 GiB upload session (10 MiB fragments) and a 1 GiB download through the emulator running as its own
/// process, with the emulator's peak resident memory printed after each iteration ("EMULATOR-MEMORY …"). The
/// baseline streams 1 GiB from a bare Kestrel endpoint in this process: the floor of loopback HTTP here.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class EmulatorTransferBenchmarks
{
    private const long GiB = 1024L * 1024 * 1024;
    private const int Fragment = 32 * 320 * 1024;

    private readonly byte[] _chunk = new byte[Fragment];
    private EmulatorProcess _emulator = null!;
    private HttpClient _http = null!;
    private WebApplication _bare = null!;
    private string _bareUrl = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        new Random(42).NextBytes(_chunk);
        _emulator = await EmulatorProcess.StartAsync();
        _http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var (idle, _) = _emulator.Memory();
        _emulator.ResetPeak();
        await UploadAsync();
        var (_, firstPeak) = _emulator.Memory();
        Console.WriteLine($"EMULATOR-MEMORY idle={idle / 1048576} MiB, peak during the first 1 GiB upload={firstPeak / 1048576} MiB");

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _bare = builder.Build();
        _bare.Run(async context =>
        {
            context.Response.ContentLength = GiB;
            for (long sent = 0; sent < GiB; sent += Fragment)
            {
                await context.Response.Body.WriteAsync(_chunk.AsMemory(0, (int)Math.Min(Fragment, GiB - sent)));
            }
        });
        await _bare.StartAsync();
        _bareUrl = _bare.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    [IterationSetup]
    public void ResetPeak() => _emulator.ResetPeak();

    [IterationCleanup]
    public void PrintMemory()
    {
        var (current, peak) = _emulator.Memory();
        Console.WriteLine($"EMULATOR-MEMORY rss={current / 1048576} MiB peak={peak / 1048576} MiB");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        await _bare.DisposeAsync();
        _emulator.Dispose();
    }

    [Benchmark(Baseline = true, Description = "baseline: 1 GiB from bare Kestrel")]
    public Task<long> BareDownload() => DrainAsync(_bareUrl);

    [Benchmark(Description = "emulator: 1 GiB download (302 + content host)")]
    public async Task<long> Download()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _emulator.GraphBaseUrl + "/me/drive/root:/big.bin:");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.AccessToken);
        using var item = await _http.SendAsync(request);
        using var json = JsonDocument.Parse(await item.Content.ReadAsStringAsync());
        return await DrainAsync(json.RootElement.GetProperty("@microsoft.graph.downloadUrl").GetString()!);
    }

    [Benchmark(Description = "emulator: 1 GiB upload session, 10 MiB fragments")]
    public Task<long> Upload() => UploadAsync();

    private async Task<long> DrainAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private async Task<long> UploadAsync()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, _emulator.GraphBaseUrl + "/me/drive/root:/big.bin:/createUploadSession")
        {
            Content = new StringContent("{\"item\":{\"@microsoft.graph.conflictBehavior\":\"replace\"}}", System.Text.Encoding.UTF8, "application/json"),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.AccessToken);
        using var session = await _http.SendAsync(create);
        using var json = JsonDocument.Parse(await session.Content.ReadAsStringAsync());
        var uploadUrl = json.RootElement.GetProperty("uploadUrl").GetString()!;
        for (long offset = 0; offset < GiB; offset += Fragment)
        {
            // 1 GiB is not a whole number of 10 MiB fragments: the last one is shorter, as the service allows.
            var length = (int)Math.Min(Fragment, GiB - offset);
            var content = new ByteArrayContent(_chunk, 0, length);
            content.Headers.ContentRange = new ContentRangeHeaderValue(offset, offset + length - 1, GiB);
            using var response = await _http.PutAsync(uploadUrl, content);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"fragment at {offset}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        return GiB;
    }
}
