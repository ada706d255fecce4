using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Emulator.Hosting;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>Faults on demand (reference §4.2 and §5) and the request log.</summary>
public class FaultTests
{
    [Fact]
    public async Task ThrottleAnswers429WithRetryAfterAndTheRealBodyThenRecovers()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add(FaultRule.Throttle("/children", retryAfterSeconds: 7)));

        using var throttled = await h.GraphAsync(HttpMethod.Get, "/me/drive/root/children");
        using var next = await h.GraphAsync(HttpMethod.Get, "/me/drive/root/children");

        var error = (await EmulatorHarness.JsonOf(throttled, (HttpStatusCode)429)).GetProperty("error");
        Assert.Equal("7", throttled.Headers.GetValues("Retry-After").Single());
        Assert.Equal("activityLimitReached", error.GetProperty("code").GetString());
        Assert.Equal("throttledRequest", error.GetProperty("innerError").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task ServiceUnavailableOnTheNthMatchingRequestOnly()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(FaultRule.Unavailable("/me/drive/root", retryAfterSeconds: 2, onRequest: 2));

        using var first = await h.GraphAsync(HttpMethod.Get, "/me/drive/root");
        using var second = await h.GraphAsync(HttpMethod.Get, "/me/drive/root");
        using var third = await h.GraphAsync(HttpMethod.Get, "/me/drive/root");

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK }, new[] { first.StatusCode, second.StatusCode, third.StatusCode });
        Assert.Equal("2", second.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task IdentityEndpointsThrottleInTheirOwnShape()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add(new FaultRule { PathContains = "/oauth2/v2.0/token", Status = 429, RetryAfterSeconds = 1 }));

        using var response = await h.TokenAsync(("client_id", EmulatorHarness.PublicApp.ClientId), ("grant_type", "refresh_token"), ("refresh_token", "x"));

        await IdentityErrorAssert.IsAsync(response, "temporarily_unavailable", 90055, (HttpStatusCode)429);
    }

    [Fact]
    public async Task LatencyDelaysTheAnswer()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Faults.Add(new FaultRule { PathContains = "/me/drive", Latency = TimeSpan.FromMilliseconds(300) }));
        var stopwatch = Stopwatch.StartNew();

        using var response = await h.GraphAsync(HttpMethod.Get, "/me/drive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(stopwatch.ElapsedMilliseconds >= 250, $"answered after {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ResetInTheMiddleOfADownloadCutsTheBody()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Drive.AddFile(string.Empty, "big.bin", RandomNumberGenerator.GetBytes(512 * 1024));
        h.Emulator.Faults.Add(FaultRule.ResetDownload(afterBytes: 100_000));
        var url = (await h.GraphJsonAsync("/me/drive/root:/big.bin:")).GetProperty("@microsoft.graph.downloadUrl").GetString()!;

        var error = await Record.ExceptionAsync(async () =>
        {
            using var response = await h.Http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.CopyToAsync(Stream.Null);
        });
        var retry = await h.Http.GetByteArrayAsync(url);

        Assert.True(error is HttpRequestException or IOException, $"expected a cut connection, got {error?.GetType().Name ?? "none"}");
        Assert.Equal(512 * 1024, retry.Length);
    }

    [Theory]
    [InlineData(false, "0-")]
    [InlineData(true, "200000-")]
    public async Task ResetInTheMiddleOfAFragmentDiscardsItUnlessTheOddityKeepsPart(bool misaligned, string expectedRange)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Oddities.MisalignedUploadRanges = misaligned);
        var data = RandomNumberGenerator.GetBytes(320 * 1024 * 2);
        var uploadUrl = await TransferTests.CreateSessionAsync(h, "/me/drive/root:/cut.bin:/createUploadSession");
        h.Emulator.Faults.Add(FaultRule.ResetUpload(afterBytes: 200_000));

        await Record.ExceptionAsync(async () => (await TransferTests.PutFragmentAsync(h, uploadUrl, data, 0, 320 * 1024)).Dispose());
        using var status = await h.SendAsync(HttpMethod.Get, uploadUrl, null);

        Assert.Equal(expectedRange, (await EmulatorHarness.JsonOf(status, HttpStatusCode.OK)).GetProperty("nextExpectedRanges")[0].GetString());
    }

    [Fact]
    public async Task RepeatingNextLinkOddity()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Oddities.RepeatingNextLink = true);

        var first = await h.GraphJsonAsync("/me/drive/root/children?$top=1");
        using var secondResponse = await h.SendAsync(HttpMethod.Get, first.GetProperty("@odata.nextLink").GetString()!, h.Token());
        var second = await EmulatorHarness.JsonOf(secondResponse, HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("@odata.nextLink").GetString(), second.GetProperty("@odata.nextLink").GetString());
    }

    [Fact]
    public async Task RequestLogKeepsTheRawTargetAndRedactsAuthorization()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var id = h.Emulator.Drive.FindIdByPath("Notes.txt")!.Replace("!", "%21", StringComparison.Ordinal);

        using var get = await h.GraphAsync(HttpMethod.Get, "/me/drive/items/" + id + "?$select=id");
        using var put = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/x.txt:/content", content: new ByteArrayContent(new byte[42]));

        var requests = h.Emulator.Requests.Snapshot();
        var logged = requests.First(r => r.Method == "GET");
        Assert.Equal("/v1.0/me/drive/items/" + id + "?$select=id", logged.RawTarget);
        Assert.True(logged.HasAuthorization);
        Assert.Equal("Bearer [redacted]", logged.Headers["Authorization"]);
        Assert.Equal("main", logged.Host);
        Assert.Equal(200, logged.Status);
        Assert.Equal(42, requests.First(r => r.Method == "PUT").BodyLength);
    }

    [Theory]
    [InlineData("status=429,retry-after=2,path=/children,nth=3,times=2,host=main,method=get")]
    [InlineData("reset-after=1000,path=/download/,host=content")]
    [InlineData("latency-ms=50")]
    public void FaultsParseFromTheCommandLine(string text)
    {
        var rule = FaultRule.Parse(text);

        Assert.NotNull(rule);
        if (text.StartsWith("status", StringComparison.Ordinal))
        {
            Assert.Equal(new FaultRule { Status = 429, RetryAfterSeconds = 2, PathContains = "/children", OnRequest = 3, Times = 2, Host = FaultHost.Main, Method = "GET" }, rule);
        }
    }

    [Theory]
    [InlineData("status=abc", "status must be a whole number")]
    [InlineData("color=red", "unknown key 'color'")]
    [InlineData("status", "is not key=value")]
    public void BadFaultsSayWhatIsWrong(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => FaultRule.Parse(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArgumentsParseAndBadOnesAreNamed()
    {
        var options = EmulatorArguments.Parse(new[] { "--port", "5099", "--ids", "business", "--single-use-refresh-tokens", "--fault", "status=503,path=/content", "--fill", "/Many/More=12" })!;
        var error = Assert.Throws<FormatException>(() => EmulatorArguments.Parse(new[] { "--ids", "weird" }));
        var fillError = Assert.Throws<FormatException>(() => EmulatorArguments.Parse(new[] { "--fill", "Many" }));

        Assert.Equal(5099, options.Port);
        Assert.Equal(Drive.ItemIdStyle.Business, options.ItemIdStyle);
        Assert.Equal(RefreshTokenReuse.SingleUse, options.RefreshTokenReuse);
        Assert.Equal(503, options.Faults.Single().Status);
        Assert.Equal(12, options.FillFolders["Many/More"]);
        Assert.Contains("--ids", error.Message, StringComparison.Ordinal);
        Assert.Contains("--fill must be FOLDER=COUNT", fillError.Message, StringComparison.Ordinal);
        Assert.Null(EmulatorArguments.Parse(new[] { "--help" }));
    }

    [Fact]
    public async Task ATakenPortIsAnIOExceptionAndNothingKeepsListening()
    {
        await using var first = await OneDriveEmulator.StartAsync();
        var port = first.BaseAddress.Port;

        await Assert.ThrowsAsync<IOException>(() => OneDriveEmulator.StartAsync(new EmulatorOptions { ContentPort = port }));
        await using var again = await OneDriveEmulator.StartAsync();

        Assert.NotEqual(port, again.BaseAddress.Port);
    }
}
