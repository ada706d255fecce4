using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;
using Xunit;

using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// The emulator program stops on SIGTERM (kill, docker stop, CI scripts) and SIGINT (Ctrl+C) within two seconds,
/// saving its drive: a real process, a real signal.
/// </summary>
public sealed class ProcessSignalTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_signal_stops_the_program_quickly_and_its_drive_is_kept(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals
        }

        var data = Path.Combine(Path.GetTempPath(), "odg-signal-" + Guid.NewGuid().ToString("N"));
        var (port, contentPort) = (FreePorts.Next(), FreePorts.Next());
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "OneDriveGen.Emulator.dll")}\" --port {port} --content-port {contentPort} --data \"{data}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var emulator = Process.Start(start)!;
        try
        {
            string? line;
            while ((line = await emulator.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))) is not null && !line.Contains("Press Ctrl+C", StringComparison.Ordinal))
            {
            }

            _ = emulator.StandardOutput.ReadToEndAsync();
            _ = emulator.StandardError.ReadToEndAsync();
            await CreateFolderAsync($"http://127.0.0.1:{port}", "Made before the signal");

            using (var kill = Process.Start("kill", $"-{signal} {emulator.Id}")!)
            {
                await kill.WaitForExitAsync();
            }

            var clock = Stopwatch.StartNew();
            var exited = await Task.Run(() => emulator.WaitForExit(TimeSpan.FromSeconds(10)));
            clock.Stop();

            Assert.True(exited, $"the emulator was still running 10 s after SIG{signal}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"it took {clock.Elapsed.TotalSeconds:0.0} s to stop");
            Assert.Equal(0, emulator.ExitCode);
            await using var again = await OneDriveEmulator.StartAsync(new EmulatorOptions { DataDirectory = data });
            Assert.NotNull(again.Drive.FindIdByPath("Made before the signal"));
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill(entireProcessTree: true);
            }

            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task CreateFolderAsync(string baseUrl, string name)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var app = AppRegistration.TestPublicClient;
        using var redirect = await http.GetAsync($"{baseUrl}/common/oauth2/v2.0/authorize?client_id={app.ClientId}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost&scope=offline_access%20files.readwrite.all");
        var code = EmulatorHarness.QueryOf(redirect.Headers.Location!)["code"];
        using var token = await http.PostAsync(baseUrl + "/common/oauth2/v2.0/token", EmulatorHarness.Form(("client_id", app.ClientId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost")));
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
        using var created = await http.PostAsync(baseUrl + "/v1.0/me/drive/root/children", new StringContent("{\"name\":\"" + name + "\",\"folder\":{}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }
}
