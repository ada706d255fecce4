using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Small Graph requests per second through the emulator over loopback (GET an item by path, with bearer
/// validation, path parsing and JSON), against a bare Kestrel endpoint answering the same JSON size: the floor
/// of HTTP on this machine.
/// </summary>
[MemoryDiagnoser]
public class EmulatorThroughputBenchmarks
{
    private const int Requests = 200;

    private OneDriveEmulator _emulator = null!;
    private WebApplication _bare = null!;
    private HttpClient _http = null!;
    private string _itemUrl = null!;
    private string _bareUrl = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _emulator = await OneDriveEmulator.StartAsync();
        var token = _emulator.IssueTokens(AppRegistration.TestPublicClient.ClientId).AccessToken;
        _http = new HttpClient();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _itemUrl = _emulator.GraphBaseUrl + "/me/drive/root:/Documents/Q1%20%231.docx:";
        var body = await _http.GetStringAsync(_itemUrl);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _bare = builder.Build();
        _bare.Run(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(body);
        });
        await _bare.StartAsync();
        _bareUrl = _bare.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/item";
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        await _bare.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests, Description = "baseline: bare Kestrel, same JSON")]
    public async Task<int> BareKestrel() => await RunAsync(_bareUrl);

    [Benchmark(OperationsPerInvoke = Requests, Description = "emulator: GET item by path")]
    public async Task<int> EmulatorGetItem() => await RunAsync(_itemUrl);

    private async Task<int> RunAsync(string url)
    {
        var total = 0;
        for (var i = 0; i < Requests; i++)
        {
            using var response = await _http.GetAsync(url);
            total += (int)(response.Content.Headers.ContentLength ?? 0);
            await response.Content.ReadAsByteArrayAsync();
        }

        return total;
    }
}
