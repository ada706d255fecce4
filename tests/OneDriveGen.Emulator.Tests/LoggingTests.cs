using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>The emulator logs every request through ILogger, and never a code, token or pre-authenticated URL.</summary>
public class LoggingTests
{
    [Fact]
    public async Task RequestsAreLoggedWithoutSecrets()
    {
        var provider = new CollectingLoggerProvider();
        await using var emulator = await OneDriveEmulator.StartAsync(new EmulatorOptions(), logging => logging.AddProvider(provider));
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var (access, refresh) = emulator.IssueTokens(EmulatorHarness.PublicApp.ClientId);

        using var authorize = await http.GetAsync($"{emulator.AuthorityHost}/common/oauth2/v2.0/authorize?client_id={EmulatorHarness.PublicApp.ClientId}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost&scope=files.read");
        var code = EmulatorHarness.QueryOf(authorize.Headers.Location!)["code"];
        using var refreshed = await http.PostAsync(emulator.AuthorityHost + "/common/oauth2/v2.0/token", EmulatorHarness.Form(("client_id", EmulatorHarness.PublicApp.ClientId), ("grant_type", "refresh_token"), ("refresh_token", refresh!)));
        var request = new HttpRequestMessage(HttpMethod.Get, emulator.GraphBaseUrl + "/me/drive/root:/Notes.txt:/content");
        request.Headers.Authorization = new("Bearer", access);
        using var redirect = await http.SendAsync(request);
        using var download = await http.GetAsync(redirect.Headers.Location);

        var messages = provider.Messages.ToList();
        Assert.Contains(messages, m => m.Contains("main GET /common/oauth2/v2.0/authorize -> 302", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("content GET /download/[redacted] -> 200", StringComparison.Ordinal));
        var linkToken = redirect.Headers.Location!.Segments[^1];
        Assert.DoesNotContain(messages, m => m.Contains(code, StringComparison.Ordinal) || m.Contains(access, StringComparison.Ordinal) || m.Contains(refresh!, StringComparison.Ordinal) || m.Contains(linkToken, StringComparison.Ordinal));
    }
}
