using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>
/// One emulator and one temporary home per test, and odg configured for it the way a user would: OneDrive__*
/// environment variables naming a registered app, the emulator's hosts and a token cache.
/// </summary>
public sealed class CliHarness : IAsyncDisposable
{
    private CliHarness(OneDriveEmulator emulator, string home)
    {
        Emulator = emulator;
        Home = home;
        Environment = new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["USERPROFILE"] = home,
            ["OneDrive__ClientId"] = AppRegistration.TestPublicClient.ClientId,
            ["OneDrive__AuthorityHost"] = emulator.AuthorityHost,
            ["OneDrive__LiveHost"] = emulator.LiveHost,
            ["OneDrive__GraphBaseUrl"] = emulator.GraphBaseUrl,
            ["OneDrive__TokenCachePath"] = Path.Combine(home, "odg", "tokens.bin"),
        };
    }

    /// <summary>The emulator odg talks to.</summary>
    public OneDriveEmulator Emulator { get; }

    /// <summary>A temporary home folder (HOME), so ~/.odg is the test's own.</summary>
    public string Home { get; }

    /// <summary>odg's environment; tests add or change entries.</summary>
    public Dictionary<string, string?> Environment { get; }

    public static async Task<CliHarness> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var home = Path.Combine(Path.GetTempPath(), "odg-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        var options = new EmulatorOptions();
        configure?.Invoke(options);
        return new CliHarness(await OneDriveEmulator.StartAsync(options), home);
    }

    /// <summary>Runs odg to completion.</summary>
    public Task<OdgRun> RunAsync(params string[] arguments) => OdgRun.RunAsync(Environment, arguments);

    /// <summary>Runs odg and asserts it succeeded, showing its output if not.</summary>
    public async Task<OdgRun> SucceedAsync(params string[] arguments)
    {
        var run = await RunAsync(arguments);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    /// <summary>The manual sign-in of the how-to: login --manual, "the browser" follows the URL, login --code with the redirect.</summary>
    public async Task LoginAsync()
    {
        var redirect = await StartManualLoginAsync();
        await SucceedAsync("login", "--code", redirect.AbsoluteUri);
    }

    /// <summary>Runs login --manual and lets "the browser" follow its URL; returns where the browser lands (with the code).</summary>
    public async Task<Uri> StartManualLoginAsync()
    {
        var manual = await SucceedAsync("login", "--manual");
        var url = manual.Stdout.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal) && l.Contains("/authorize?", StringComparison.Ordinal));
        return await FollowToRedirectAsync(url);
    }

    /// <summary>What a browser does with the authorize URL: the emulator consents and redirects; the Location is returned.</summary>
    public static async Task<Uri> FollowToRedirectAsync(string authorizeUrl)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var response = await http.GetAsync(authorizeUrl);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return response.Headers.Location!;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Directory.Delete(Home, recursive: true);
    }
}
