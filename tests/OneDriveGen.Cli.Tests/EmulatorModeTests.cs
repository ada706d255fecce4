using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>With no ClientId, or with --emulator, odg runs on its embedded emulator and says so.</summary>
public sealed class EmulatorModeTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "odg-cli-" + Guid.NewGuid().ToString("N"));

    public EmulatorModeTests() => Directory.CreateDirectory(_home);

    private Dictionary<string, string?> Unconfigured => new() { ["HOME"] = _home, ["USERPROFILE"] = _home };

    [Fact]
    public async Task Demo_runs_the_whole_onboarding_flow_with_nothing_configured()
    {
        var demo = await OdgRun.RunAsync(Unconfigured, "demo");

        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.Contains("Using the embedded emulator", demo.Stdout);
        Assert.Contains("/oauth2/v2.0/authorize?client_id=", demo.Stdout);
        Assert.Contains("code_challenge_method=S256", demo.Stdout);
        Assert.Contains("grant_type=authorization_code", demo.Stdout);
        Assert.Contains("%21", demo.Stdout);
        Assert.Contains("SHA-256 identical", demo.Stdout);
        Assert.Contains("refresh token rotated", demo.Stdout);
    }

    [Fact]
    public async Task Without_a_client_id_commands_sign_in_to_the_emulator_and_its_drive_is_kept_between_commands()
    {
        var local = Path.Combine(_home, "hello.txt");
        await File.WriteAllTextAsync(local, "hello");

        var upload = await OdgRun.RunAsync(Unconfigured, "upload", local, "hello.txt");
        var ls = await OdgRun.RunAsync(Unconfigured, "ls");

        Assert.True(upload.ExitCode == 0, upload.ToString());
        Assert.Contains("no OneDrive:ClientId is configured", upload.Stdout);
        Assert.Contains("hello.txt", ls.Stdout);
        Assert.True(Directory.Exists(Path.Combine(_home, ".odg", "emulator")));
    }

    [Fact]
    public async Task The_emulator_switch_wins_over_a_configured_app()
    {
        var configured = new Dictionary<string, string?>(Unconfigured) { ["OneDrive__ClientId"] = "6731de76-14a6-49ae-97bc-6eba6914391e", ["OneDrive__GraphBaseUrl"] = "https://graph.invalid/v1.0" };

        var ls = await OdgRun.RunAsync(configured, "--emulator", "--emulator-data", Path.Combine(_home, "drive"), "ls", "Pictures");

        Assert.True(ls.ExitCode == 0, ls.ToString());
        Assert.Contains("(--emulator)", ls.Stdout);
        Assert.Contains("BritishShorthair.jpg", ls.Stdout);
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);
}
