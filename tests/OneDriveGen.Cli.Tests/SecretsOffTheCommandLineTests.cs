using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>
/// Secrets stay off the command line (ps, shell history) and off the disk in the clear: the code from standard
/// input or a file, settings from files, the pending sign-in's PKCE verifier protected in an owner-only folder.
/// </summary>
public sealed class SecretsOffTheCommandLineTests
{
    [Fact]
    public async Task A_pending_sign_in_is_protected_in_an_owner_only_folder_and_the_code_comes_from_standard_input()
    {
        await using var h = await CliHarness.StartAsync();
        var manual = await h.SucceedAsync("login", "--manual");
        var url = manual.Stdout.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/authorize?", StringComparison.Ordinal));
        var state = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["state"]!;
        var folder = Path.Combine(h.Home, "odg");
        var pending = await File.ReadAllBytesAsync(Path.Combine(folder, "pending-login.json"));
        var redirect = await CliHarness.FollowToRedirectAsync(url);

        var login = await OdgRun.RunWithInputAsync(h.Environment, redirect.AbsoluteUri, "login", "--code", "-");

        Assert.DoesNotContain(state, System.Text.Encoding.UTF8.GetString(pending), StringComparison.Ordinal);
        Assert.DoesNotContain("Verifier", System.Text.Encoding.UTF8.GetString(pending), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Contains("Signed in", login.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_and_settings_can_come_from_files()
    {
        await using var h = await CliHarness.StartAsync();
        var redirect = await h.StartManualLoginAsync();
        var codeFile = Path.Combine(h.Home, "code.txt");
        var clientIdFile = Path.Combine(h.Home, "client-id.txt");
        await File.WriteAllTextAsync(codeFile, redirect.AbsoluteUri + "\n");
        await File.WriteAllTextAsync(clientIdFile, AppRegistration.TestPublicClient.ClientId + "\n");
        h.Environment.Remove("OneDrive__ClientId");

        var login = await h.RunAsync("login", "--code-file", codeFile, "--set-file", "OneDrive:ClientId=" + clientIdFile);
        var missing = await h.RunAsync("whoami", "--set-file", "OneDrive:ClientSecret=" + Path.Combine(h.Home, "nope.txt"));

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("odg: Cannot read OneDrive:ClientSecret from", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_says_how_to_keep_secrets_off_the_command_line()
    {
        await using var h = await CliHarness.StartAsync();

        var help = await h.SucceedAsync("login", "--help");

        Assert.Contains("--code-file", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--set-file", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("standard input", help.Stdout, StringComparison.Ordinal);
    }
}
