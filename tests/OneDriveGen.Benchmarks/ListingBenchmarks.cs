using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Benchmarks.OneDrive;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Listing 10,000 children in pages of 200 with <see cref="Pager"/> (the generated Utf8JsonReader readers, and for
/// comparison Kiota's JSON parse nodes) against hand-written HttpClient code with System.Text.Json source generation
/// reading the same pages.
/// </summary>
[MemoryDiagnoser]
public class ListingBenchmarks
{
    private OneDriveEmulator _emulator = null!;
    private HttpClient _http = null!;
    private IRequestAdapter _adapter = null!;
    private OneDriveClient _client = null!;
    private string _first = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _emulator = await OneDriveEmulator.StartAsync(new EmulatorOptions { SeedDrive = false });
        for (var i = 0; i < 10_000; i++)
        {
            _emulator.Drive.AddFile("Many", "file" + i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + ".txt", new byte[] { 1 });
        }

        var app = AppRegistration.TestPublicClient;
        var (access, _) = _emulator.IssueTokens(app.ClientId);
        _http = new HttpClient();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        var options = new OneDriveOptions { ClientId = app.ClientId, AuthorityHost = _emulator.AuthorityHost, GraphBaseUrl = _emulator.GraphBaseUrl };
        var provider = new OneDriveTokenProvider(new OneDriveSignIn(options, new TokenClient(new HttpClient())), new InMemoryTokenStore(), options);
        await provider.SignedInAsync(new TokenSet(access, null, DateTimeOffset.UtcNow.AddMinutes(55), new[] { "files.readwrite.all" }));
        _adapter = OneDriveClientFactory.CreateAdapter(options, provider);
        _client = new OneDriveClient(_adapter);
        _first = _emulator.GraphBaseUrl + "/me/drive/root:/Many:/children?$top=200";
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _emulator.DisposeAsync();

    [Benchmark(Baseline = true, Description = "baseline: HttpClient + System.Text.Json source generation")]
    public Task<int> HandWritten() =>
        HandWrittenListing.CountAsync(_http, _first, ListingJson.Default.Page, page => page.Value.Count, page => page.NextLink);

    [Benchmark(Description = "baseline, every field: HttpClient + System.Text.Json source generation")]
    public Task<int> HandWrittenEveryField() =>
        HandWrittenListing.CountAsync(_http, _first, FullListingJson.Default.FullPage, page => page.Value.Count, page => page.NextLink);

    [Benchmark(Description = "Pager (generated Utf8JsonReader readers)")]
    public async Task<int> Runtime()
    {
        var count = 0;
        await foreach (var item in Pager.EnumerateAsync(_adapter, FirstPage(), OneDrive.Models.DriveItem.ReadJson))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "Pager with Kiota parse nodes (the generated IParsable path)")]
    public async Task<int> RuntimeKiotaParseNodes()
    {
        var count = 0;
        var items = Pager.EnumerateAsync(_adapter, FirstPage(), OneDriveGen.Benchmarks.OneDrive.Models.DriveItemCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, page => page.OdataNextLink);
        await foreach (var item in items)
        {
            count++;
        }

        return count;
    }

    private RequestInformation FirstPage() => _client.Me.Drive.Root.ItemWithPath("Many").Children.ToGetRequestInformation(c => c.QueryParameters.Top = 200);
}

/// <summary>The page shape of the hand-written baseline.</summary>
public sealed class Page
{
    /// <summary>The items.</summary>
    [JsonPropertyName("value")]
    public List<Item> Value { get; set; } = new();

    /// <summary>The next page.</summary>
    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; set; }
}

/// <summary>The item fields the baseline reads (the ones a listing shows).</summary>
public sealed class Item
{
    /// <summary>The ID.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The size.</summary>
    [JsonPropertyName("size")]
    public long Size { get; set; }

    /// <summary>The eTag.</summary>
    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    /// <summary>The last change.</summary>
    [JsonPropertyName("lastModifiedDateTime")]
    public DateTimeOffset LastModifiedDateTime { get; set; }
}

/// <summary>Source-generated JSON metadata of the baseline.</summary>
[JsonSerializable(typeof(Page))]
internal sealed partial class ListingJson : JsonSerializerContext
{
}
