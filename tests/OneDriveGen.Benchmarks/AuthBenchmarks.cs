using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Json;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Identity;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Benchmarks.OneDrive;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The auth layer's cost: a cached token from <see cref="OneDriveTokenProvider"/> against returning a completed
/// task (the floor), and a whole Graph GET through the runtime's client (provider + refresh-on-401 handler) against
/// the same Kiota client with a constant token provider and no refresh handler, over loopback to the emulator.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AuthBenchmarks
{
    private static readonly Task<string> Constant = Task.FromResult("token");

    private OneDriveEmulator _emulator = null!;
    private OneDriveTokenProvider _provider = null!;
    private OneDriveClient _runtimeClient = null!;
    private OneDriveClient _plainClient = null!;
    private Uri _graphUri = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _emulator = await OneDriveEmulator.StartAsync();
        var app = AppRegistration.TestPublicClient;
        var (access, refresh) = _emulator.IssueTokens(app.ClientId);
        var options = new OneDriveOptions { ClientId = app.ClientId, AuthorityHost = _emulator.AuthorityHost, GraphBaseUrl = _emulator.GraphBaseUrl };
        var signIn = new OneDriveSignIn(options, new TokenClient(new HttpClient()));
        _provider = new OneDriveTokenProvider(signIn, new InMemoryTokenStore(), options);
        await _provider.SignedInAsync(new TokenSet(access, refresh, DateTimeOffset.UtcNow.AddMinutes(59), new[] { "offline_access", "files.readwrite.all" }));
        _graphUri = new Uri(_emulator.GraphBaseUrl + "/me/drive");
        _runtimeClient = new OneDriveClient(OneDriveClientFactory.CreateAdapter(options, _provider));

        var plainHttp = KiotaClientFactory.Create(new SocketsHttpHandler { AllowAutoRedirect = false });
        var plainAdapter = new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(new ConstantTokenProvider(access)), new JsonParseNodeFactory(), new JsonSerializationWriterFactory(), plainHttp)
        {
            BaseUrl = _emulator.GraphBaseUrl,
        };
        _plainClient = new OneDriveClient(plainAdapter);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _emulator.DisposeAsync();

    [Benchmark(Baseline = true, Description = "baseline: completed Task<string>")]
    [BenchmarkCategory("token")]
    public Task<string> ConstantToken() => Constant;

    [Benchmark(Description = "cached token from OneDriveTokenProvider")]
    [BenchmarkCategory("token")]
    public Task<string> CachedToken() => _provider.GetAuthorizationTokenAsync(_graphUri);

    [Benchmark(Baseline = true, Description = "GET /me/drive, constant token provider (Kiota only)")]
    [BenchmarkCategory("request")]
    public Task<OneDriveGen.Benchmarks.OneDrive.Models.Drive?> PlainRequest() => _plainClient.Me.Drive.GetAsync();

    [Benchmark(Description = "GET /me/drive, runtime auth layer (provider + refresh handler)")]
    [BenchmarkCategory("request")]
    public Task<OneDriveGen.Benchmarks.OneDrive.Models.Drive?> RuntimeRequest() => _runtimeClient.Me.Drive.GetAsync();

    private sealed class ConstantTokenProvider(string token) : IAccessTokenProvider
    {
        private readonly Task<string> _token = Task.FromResult(token);

        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) => _token;
    }
}
