using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>login (loopback and manual), refresh and whoami, through the real odg.</summary>
public sealed class SignInCommandTests
{
    [Fact]
    public async Task Loopback_login_prints_the_url_waits_for_the_redirect_and_stores_the_tokens()
    {
        await using var h = await CliHarness.StartAsync();
        using var login = OdgRun.Start(h.Environment, "login", "--no-browser");

        // The test is the user's browser: it opens the printed URL, the emulator consents and redirects to odg.
        var url = await login.AuthorizeUrlAsync();
        using (var browser = new HttpClient())
        {
            (await browser.GetAsync(url)).EnsureSuccessStatusCode();
        }

        await login.WaitAsync();
        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Contains("Signed in: scopes offline_access files.readwrite.all", login.Stdout);
        Assert.True(File.Exists(Path.Combine(h.Home, "odg", "tokens.bin")));

        var whoami = await h.SucceedAsync("whoami");
        Assert.Contains("offline_access files.readwrite.all", whoami.Stdout);
        Assert.Contains("refresh token  stored", whoami.Stdout.Replace("│", " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manual_login_then_code_signs_in_and_tokens_are_never_printed()
    {
        await using var h = await CliHarness.StartAsync();
        var redirect = await h.StartManualLoginAsync();
        var code = System.Web.HttpUtility.ParseQueryString(redirect.Query)["code"]!;

        var login = await h.SucceedAsync("login", "--code", code);
        var ls = await h.SucceedAsync("ls");

        Assert.Contains("Signed in", login.Stdout);
        Assert.Contains("Documents", ls.Stdout);
        Assert.DoesNotContain(code, login.Stdout + login.Stderr);
        Assert.False(File.Exists(Path.Combine(h.Home, "odg", "pending-login.json")), "the pending sign-in must be consumed");
    }

    [Fact]
    public async Task An_expired_code_is_invalid_grant_AADSTS70008_with_exit_code_3_and_no_stack_trace()
    {
        await using var h = await CliHarness.StartAsync();
        var redirect = await h.StartManualLoginAsync();
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(11));

        var login = await h.RunAsync("login", "--code", redirect.AbsoluteUri);

        Assert.Equal(3, login.ExitCode);
        Assert.StartsWith("odg: invalid_grant (AADSTS70008):", login.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", login.Stderr);
    }

    [Fact]
    public async Task Code_without_a_pending_login_says_what_to_run()
    {
        await using var h = await CliHarness.StartAsync();

        var login = await h.RunAsync("login", "--code", "M.C5_BAY.2.U.abc");

        Assert.Equal(2, login.ExitCode);
        Assert.Contains("odg login --manual", login.Stderr);
    }

    [Fact]
    public async Task Refresh_renews_at_the_v2_endpoint_or_at_the_live_one_when_configured()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();

        var v2 = await h.SucceedAsync("refresh");
        h.Environment["OneDrive__RefreshEndpoint"] = "Live";
        var live = await h.SucceedAsync("refresh");

        Assert.Contains("Refreshed at the v2 endpoint", v2.Stdout);
        Assert.Contains("Refreshed at the live endpoint", live.Stdout);
        Assert.Contains(h.Emulator.Requests.Snapshot(), r => r.RawTarget.StartsWith("/oauth20_token.srf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_before_login_say_to_sign_in_with_exit_code_3()
    {
        await using var h = await CliHarness.StartAsync();

        var ls = await h.RunAsync("ls");

        Assert.Equal(3, ls.ExitCode);
        Assert.Contains("odg login", ls.Stderr);
    }

    [Fact]
    public async Task Bad_configuration_is_one_clear_error_with_its_code()
    {
        await using var h = await CliHarness.StartAsync();
        h.Environment["OneDrive__ClientId"] = "my-onedrive-app";

        var ls = await h.RunAsync("ls");

        Assert.Equal(2, ls.ExitCode);
        Assert.Contains("Bad configuration", ls.Stderr);
        Assert.Contains("ODG3001", ls.Stderr);
        Assert.DoesNotContain("   at ", ls.Stderr);
    }
}
