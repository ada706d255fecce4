using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Tests.Shared;
using OneDriveGen.Web;
using OneDriveGen.Web.LoadRun;

// dotnet run -c Release --project tests/OneDriveGen.Web.LoadRun -- [users] [seconds]
var users = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
var options = new EmulatorOptions { Consent = ConsentMode.AutoAccept };
options.FillFolders["Big"] = 200;
await using var emulator = await EmbeddedOneDrive.StartAsync(options);
var redis = RedisServers.Endpoint("garnet");
var nodes = new List<WebSample>();
for (var i = 0; i < 2; i++)
{
    var baseUrl = $"http://localhost:{FreePorts.Next()}";
    nodes.Add(await WebSample.StartAsync(Array.Empty<string>(), new Dictionary<string, string?>(EmbeddedOneDrive.Settings(emulator, baseUrl + "/onedrive/callback"))
    {
        ["Urls"] = baseUrl,
        ["ConnectionStrings:Redis"] = redis,
        ["Imports:Folder"] = Path.Combine(Path.GetTempPath(), "odg-web-load"),
        ["Logging:LogLevel:Default"] = "Warning",
    }));
}

var people = Enumerable.Range(0, users).Select(_ => new LoadUser()).ToList();
await Task.WhenAll(people.Select((p, i) => p.ConnectAsync(nodes[i % 2].BaseUrl, "load" + i.ToString(CultureInfo.InvariantCulture))));
int TokenRequests() => emulator.Requests.Snapshot().Count(r => r.Method == "POST" && r.RawTarget.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
var connected = TokenRequests();

var latencies = new ConcurrentBag<double>();
var errors = 0;
var clock = Stopwatch.StartNew();
var end = TimeSpan.FromSeconds(seconds);
var expired = 0;
await Task.WhenAll(people.Select((person, i) => Task.Run(async () =>
{
    var n = i;
    while (clock.Elapsed < end)
    {
        if (clock.Elapsed > end / 2 && Interlocked.Exchange(ref expired, 1) == 0)
        {
            // Half-way: every access token goes bad at the emulator at once (two hours on its clock).
            emulator.Clock.Advance(TimeSpan.FromHours(2));
        }

        var started = Stopwatch.GetTimestamp();
        var ok = await person.BrowseAsync(nodes[n++ % 2].BaseUrl, "Big");
        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (!ok)
        {
            Interlocked.Increment(ref errors);
        }
    }
})));

Console.WriteLine("| run | requests | req/s | p50 ms | p95 ms | errors | refresh requests |");
Console.WriteLine("|---|---|---|---|---|---|---|");
Console.WriteLine(Row($"web sample: {users} users, 2 nodes, {seconds} s, expiry half-way", latencies, clock.Elapsed, errors, TokenRequests() - connected));

// Baseline, same run: the same listing straight from the emulator's Graph (one HttpClient and token per user).
var direct = new ConcurrentBag<double>();
var directErrors = 0;
var baselineClock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
{
    using var http = new System.Net.Http.HttpClient();
    http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", emulator.IssueTokens(EmbeddedOneDrive.App.ClientId).AccessToken);
    while (baselineClock.Elapsed < end)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(emulator.GraphBaseUrl + "/me/drive/root:/Big:/children?$expand=thumbnails");
        await response.Content.ReadAsByteArrayAsync();
        direct.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref directErrors);
        }
    }
})));
Console.WriteLine(Row($"baseline: Graph listing straight from the emulator, {users} clients, {seconds} s", direct, baselineClock.Elapsed, directErrors, 0));

static string Row(string run, IEnumerable<double> latencies, TimeSpan elapsed, int errors, int refreshes)
{
    var sorted = latencies.OrderBy(l => l).ToList();
    double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    return string.Create(CultureInfo.InvariantCulture, $"| {run} | {sorted.Count} | {sorted.Count / elapsed.TotalSeconds:F0} | {Percentile(0.50):F1} | {Percentile(0.95):F1} | {errors} | {refreshes} |");
}
foreach (var person in people)
{
    person.Dispose();
}

foreach (var node in nodes)
{
    await node.DisposeAsync();
}
