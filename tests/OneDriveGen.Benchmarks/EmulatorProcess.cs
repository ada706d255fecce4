using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Identity;

using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The emulator as its own process (so its memory can be read from /proc), signed in through its real OAuth
/// endpoints.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private readonly string _dataDirectory;

    private EmulatorProcess(Process process, string dataDirectory, string graphBaseUrl, string accessToken)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        GraphBaseUrl = graphBaseUrl;
        AccessToken = accessToken;
    }

    public string GraphBaseUrl { get; }

    public string AccessToken { get; }

    /// <summary>
    /// Starts the emulator process; <paramref name="seeded"/> keeps the sample drive (pictures with thumbnails),
    /// <paramref name="extraArguments"/> are passed on (for example <c>--fill Many=10000</c>).
    /// </summary>
    public static async Task<EmulatorProcess> StartAsync(bool seeded = false, string extraArguments = "")
    {
        var port = FreePorts.Next();
        var contentPort = FreePorts.Next();
        var dll = Path.Combine(AppContext.BaseDirectory, "OneDriveGen.Emulator.dll");
        // A data folder of our own: the process is killed, so it cannot delete its temporary one (gigabytes after
        // the transfer benchmarks); Dispose deletes this one.
        var data = Path.Combine(Path.GetTempPath(), "odg-benchmark-emulator-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --port {port} --content-port {contentPort} --data \"{data}\"{(seeded ? string.Empty : " --empty")} {extraArguments}")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.Contains("Press Ctrl+C", StringComparison.Ordinal))
        {
        }

        _ = process.StandardOutput.ReadToEndAsync();
        var baseUrl = $"http://127.0.0.1:{port}";
        var token = await SignInAsync(baseUrl);
        return new EmulatorProcess(process, data, baseUrl + "/v1.0", token);
    }

    /// <summary>The emulator's resident memory now and at its peak since the last reset, in bytes (Linux /proc).</summary>
    public (long Current, long Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        long Read(string key) => long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    /// <summary>Resets the peak resident memory (writing 5 to clear_refs), so the next peak is one transfer's.</summary>
    public void ResetPeak() => File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static async Task<string> SignInAsync(string baseUrl)
    {
        var app = AppRegistration.TestPublicClient;
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var authorize = $"{baseUrl}/common/oauth2/v2.0/authorize?client_id={app.ClientId}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost&scope=offline_access%20files.readwrite.all";
        using var redirect = await http.GetAsync(authorize);
        var code = redirect.Headers.Location!.Query.TrimStart('?').Split('&').First(p => p.StartsWith("code=", StringComparison.Ordinal))[5..];
        using var tokenResponse = await http.PostAsync(baseUrl + "/common/oauth2/v2.0/token", new FormUrlEncodedContent(new[]
        {
            KeyValuePair("client_id", app.ClientId),
            KeyValuePair("grant_type", "authorization_code"),
            KeyValuePair("code", WebUtility.UrlDecode(code)),
            KeyValuePair("redirect_uri", "http://localhost"),
        }));
        using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static System.Collections.Generic.KeyValuePair<string, string> KeyValuePair(string key, string value) => new(key, value);
}
