using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Tests.OneDrive.Models;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// Every URL the service hands back is untrusted: a fake Graph (the configured origin) returns links to a foreign
/// host that records what it receives, and the token must reach the Graph origin only, freshly attached per request.
/// </summary>
public sealed class TokenOriginTests
{
    private const string Item = """{"id":"A!1","name":"a.bin","size":3,"eTag":"\"e1\"","file":{}}""";

    [Fact]
    public async Task A_nextLink_to_another_host_gets_no_token_and_each_page_gets_the_current_one()
    {
        await using var foreign = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, """{"value":[{"id":"F!1","name":"from elsewhere"}]}"""));
        RecordingHost graph = null!;
        graph = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, c.Request.Query.ContainsKey("page")
            ? $$"""{"value":[{"id":"A!2","name":"two"}],"@odata.nextLink":"{{foreign.BaseUrl}}/v1.0/me/drive/root/children?page=3"}"""
            : $$"""{"value":[{"id":"A!1","name":"one"}],"@odata.nextLink":"{{graph.BaseUrl}}/v1.0/me/drive/root/children?page=2"}"""));
        await using var _ = graph;
        var (adapter, tokens) = Adapter(graph);

        var names = new List<string>();
        await foreach (var item in Pager.EnumerateAsync(adapter, new OneDriveClient(adapter).Me.Drive.Root.Children.ToGetRequestInformation(), DriveItem.ReadJson))
        {
            names.Add(item.Name!);
        }

        Assert.Equal(new[] { "one", "two", "from elsewhere" }, names);
        Assert.Equal(new[] { "Bearer token-1", "Bearer token-2" }, graph.Requests.Select(r => r.Authorization));
        Assert.Single(foreign.Requests);
        Assert.All(foreign.Requests, r => Assert.Null(r.Authorization));
        Assert.Equal(2, tokens.Calls);
    }

    [Fact]
    public async Task A_delta_round_sends_no_token_to_a_foreign_nextLink_or_deltaLink()
    {
        await using var foreign = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, $$"""{"value":[],"@odata.deltaLink":"https://foreign.example/delta?token=9"}"""));
        await using var graph = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, $$"""{"value":[{"id":"A!1"}],"@odata.nextLink":"{{foreign.BaseUrl}}/v1.0/me/drive/root/delta?token=2"}"""));
        var (adapter, _) = Adapter(graph);

        var round = await Delta.GetChangesAsync(adapter, new OneDriveClient(adapter).Me.Drive.Root.Delta.ToGetRequestInformation(), DriveItem.ReadJson);
        var kept = await Delta.GetChangesAsync(adapter, foreign.BaseUrl + "/v1.0/me/drive/root/delta?token=3", DriveItem.ReadJson);

        Assert.Equal("https://foreign.example/delta?token=9", round.DeltaLink);
        Assert.Equal(round.DeltaLink, kept.DeltaLink);
        Assert.Equal(2, foreign.Requests.Count);
        Assert.All(foreign.Requests, r => Assert.Null(r.Authorization));
        Assert.Equal("Bearer token-1", Assert.Single(graph.Requests).Authorization);
    }

    [Fact]
    public async Task A_copy_monitor_on_another_host_gets_no_token()
    {
        await using var monitor = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, """{"status":"completed","resourceId":"NEW!1"}"""));
        await using var graph = await RecordingHost.StartAsync(c =>
        {
            c.Response.StatusCode = 202;
            c.Response.Headers.Location = monitor.BaseUrl + "/monitor/1";
            return Task.CompletedTask;
        });
        var (adapter, _) = Adapter(graph);
        using var plain = new HttpClient();

        var copy = await new DriveCopier(adapter, plain).StartAsync(new OneDriveClient(adapter).Me.Drive.Items["A!1"].Copy.ToPostRequestInformation(new CopyRequest { Name = "b.bin" }));
        var id = await copy.WaitAsync(TimeSpan.FromMilliseconds(10));

        Assert.Equal("NEW!1", id);
        Assert.Equal("Bearer token-1", Assert.Single(graph.Requests).Authorization);
        Assert.All(monitor.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task Downloads_by_URL_and_by_redirect_send_no_token_to_the_download_host()
    {
        await using var content = await RecordingHost.StartAsync(c => c.Response.WriteAsync("abc"));
        await using var graph = await GraphRedirectingContentAsync(content.BaseUrl + "/blob/a.bin?sig=1", Item.Replace("\"file\":{}", $"\"@microsoft.graph.downloadUrl\":\"{content.BaseUrl}/blob/a.bin?sig=2\",\"file\":{{}}", StringComparison.Ordinal));
        var (adapter, _) = Adapter(graph);
        var client = new OneDriveClient(adapter);
        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        using var byUrl = new MemoryStream();
        await new DriveDownloader(adapter, plain).DownloadAsync(client.Me.Drive.Items["A!1"].ToGetRequestInformation(), DriveItem.ReadJson, byUrl);
        await using var byRedirect = await client.Me.Drive.Items["A!1"].Content.GetAsync();
        using var read = new StreamReader(byRedirect!);

        Assert.Equal("abc", System.Text.Encoding.UTF8.GetString(byUrl.ToArray()));
        Assert.Equal("abc", await read.ReadToEndAsync());
        Assert.Equal(2, content.Requests.Count);
        Assert.All(content.Requests, r => Assert.Null(r.Authorization));
        Assert.Equal(new[] { "Bearer token-1", "Bearer token-2" }, graph.Requests.Select(r => r.Authorization));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // HttpClient's default: the redirect is followed by the handler
    public async Task An_item_without_a_download_URL_is_fetched_through_content_and_its_302(bool clientFollowsRedirects)
    {
        await using var content = await RecordingHost.StartAsync(c => c.Response.WriteAsync("abc"));
        await using var graph = await GraphRedirectingContentAsync(content.BaseUrl + "/blob/a.bin?sig=9", Item); // no @microsoft.graph.downloadUrl, as with $select or in delta pages
        var (adapter, _) = Adapter(graph);
        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = clientFollowsRedirects });
        using var destination = new MemoryStream();

        await new DriveDownloader(adapter, plain).DownloadAsync(new OneDriveClient(adapter).Me.Drive.Items["A!1"].ToGetRequestInformation(), DriveItem.ReadJson, destination);

        Assert.Equal("abc", System.Text.Encoding.UTF8.GetString(destination.ToArray()));
        Assert.Contains(graph.Requests, r => r.Target == "/v1.0/me/drive/items/A!1/content" && r.Authorization == "Bearer token-2");
        Assert.All(content.Requests, r => Assert.Equal("/blob/a.bin?sig=9", r.Target));
        Assert.Equal(clientFollowsRedirects ? 2 : 1, content.Requests.Count); // the followed redirect, then the download
        Assert.All(content.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task An_upload_session_on_another_host_gets_no_token()
    {
        await using var upload = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, """{"id":"A!9","name":"big.bin","size":5242880}""", 201));
        await using var graph = await RecordingHost.StartAsync(c => RecordingHost.JsonAsync(c, $$"""{"uploadUrl":"{{upload.BaseUrl}}/up/1?sig=3","expirationDateTime":"2030-01-01T00:00:00Z"}"""));
        var (adapter, _) = Adapter(graph);
        using var plain = new HttpClient();

        var item = await new DriveUploader(adapter, plain).UploadAsync(new MemoryStream(new byte[5 * 1024 * 1024]), new OneDriveClient(adapter).Me.Drive.Root.ItemWithPath("big.bin").ToGetRequestInformation(), DriveItem.ReadJson);

        Assert.Equal("A!9", item.Id);
        Assert.Equal("Bearer token-1", Assert.Single(graph.Requests).Authorization);
        Assert.NotEmpty(upload.Requests);
        Assert.All(upload.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task An_origin_the_user_trusts_explicitly_gets_the_token_and_a_bad_one_is_refused_at_start()
    {
        var options = new OneDriveGen.Runtime.Configuration.OneDriveOptions
        {
            ClientId = "2b3f4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
            GraphBaseUrl = "https://graph.microsoft.com/v1.0",
            TrustedTokenOrigins = { "https://proxy.contoso.com:8443" },
        };
        var guard = new GraphOriginTokenProvider(_ => Task.FromResult("t"), options.GraphBaseUrl, options.TrustedTokenOrigins);
        var tokens = new OneDriveGen.Runtime.Tokens.OneDriveTokenProvider(new OneDriveGen.Runtime.Auth.OneDriveSignIn(options, new OneDriveGen.Runtime.Tokens.TokenClient(new HttpClient())), new OneDriveGen.Runtime.Tokens.InMemoryTokenStore(), options);

        Assert.Equal("t", await guard.GetAuthorizationTokenAsync(new Uri("https://proxy.contoso.com:8443/v1.0/me/drive")));
        Assert.Equal(string.Empty, await guard.GetAuthorizationTokenAsync(new Uri("https://proxy.contoso.com/v1.0/me/drive")));
        Assert.True(tokens.IsGraphOrigin(new Uri("https://proxy.contoso.com:8443/x")));
        Assert.False(tokens.IsGraphOrigin(new Uri("https://download.contoso.com/x")));
        options.TrustedTokenOrigins.Add("http://proxy.contoso.com/graph");
        Assert.Contains(options.Validate(), p => p.StartsWith("ODG3007:", StringComparison.Ordinal) && p.Contains("http://proxy.contoso.com/graph", StringComparison.Ordinal));
    }

    // A fake Graph: …/content answers 302 to downloadUrl, anything else the item.
    private static Task<RecordingHost> GraphRedirectingContentAsync(string downloadUrl, string itemJson) =>
        RecordingHost.StartAsync(c =>
        {
            if (!c.Request.Path.Value!.EndsWith("/content", StringComparison.Ordinal))
            {
                return RecordingHost.JsonAsync(c, itemJson);
            }

            c.Response.StatusCode = 302;
            c.Response.Headers.Location = downloadUrl;
            return Task.CompletedTask;
        });

    // An adapter whose tokens are token-1, token-2, … one per call, for the fake Graph's origin.
    private static (IRequestAdapter Adapter, CountingTokens Tokens) Adapter(RecordingHost graph)
    {
        var tokens = new CountingTokens();
        return (OneDriveClientFactory.CreateAdapter(tokens.NextAsync, graph.BaseUrl + "/v1.0"), tokens);
    }

    private sealed class CountingTokens
    {
        private int _calls;

        public int Calls => _calls;

        public Task<string> NextAsync(CancellationToken cancellationToken) => Task.FromResult("token-" + Interlocked.Increment(ref _calls));
    }
}
