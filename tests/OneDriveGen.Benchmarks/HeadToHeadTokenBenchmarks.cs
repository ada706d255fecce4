using System;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Identity.Client;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Getting the access token for a request when a valid one is cached (what happens before every call): a
/// hand-written cache (a token, its expiry and a lock for the refresh), OneDriveGen's <c>OneDriveTokenProvider</c>,
/// and MSAL.NET's <c>AcquireTokenSilent</c>, which is what a Microsoft.Graph app signing users in calls (directly
/// or through Azure.Identity).
/// </summary>
[MemoryDiagnoser]
public class HeadToHeadTokenBenchmarks
{
    private static readonly string[] Scopes = { "Files.ReadWrite.All" };

    private HeadToHeadContenders _contenders = null!;
    private HandWrittenTokenCache _handWritten = null!;
    private Uri _request = null!;
    private IPublicClientApplication _msal = null!;
    private IAccount _account = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _contenders = await HeadToHeadContenders.StartAsync(seeded: false);
        _request = new Uri(_contenders.BaseUrl + "/me/drive/root/children");
        var expires = DateTimeOffset.UtcNow.AddMinutes(55);
        _handWritten = new HandWrittenTokenCache(_contenders.Emulator.AccessToken, expires, () => throw new InvalidOperationException("The cached token is valid for 55 minutes; no refresh is expected."));
        (_msal, _account) = await MsalWithCachedToken.CreateAsync(_contenders.Emulator.AccessToken, expires, Scopes);
    }

    [GlobalCleanup]
    public void Cleanup() => _contenders.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written")]
    public Task<string> HandWritten() => _handWritten.GetAsync();

    [Benchmark(Description = "OneDriveGen")]
    public Task<string> OneDriveGen() => _contenders.Tokens.GetAuthorizationTokenAsync(_request);

    [Benchmark(Description = "MSAL AcquireTokenSilent (Microsoft.Graph's sign-in)")]
    public async Task<string> Msal() => (await _msal.AcquireTokenSilent(Scopes, _account).ExecuteAsync()).AccessToken;

    /// <summary>What a hand-written client keeps: the token, when it expires, and a lock so only one caller refreshes.</summary>
    private sealed class HandWrittenTokenCache(string token, DateTimeOffset expiresAt, Func<Task<(string Token, DateTimeOffset ExpiresAt)>> redeemRefreshToken)
    {
        private readonly SemaphoreSlim _refresh = new(1, 1);
        private string _token = token;
        private DateTimeOffset _expiresAt = expiresAt;

        public async Task<string> GetAsync()
        {
            if (_expiresAt - DateTimeOffset.UtcNow > TimeSpan.FromMinutes(5))
            {
                return _token;
            }

            await _refresh.WaitAsync();
            try
            {
                if (_expiresAt - DateTimeOffset.UtcNow <= TimeSpan.FromMinutes(5))
                {
                    (_token, _expiresAt) = await redeemRefreshToken();
                }

                return _token;
            }
            finally
            {
                _refresh.Release();
            }
        }
    }
}
