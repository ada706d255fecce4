using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>odg login --device-code: the code printed, the user signing in on another device (the test, over HTTP).</summary>
public sealed class DeviceCodeLoginTests
{
    [Fact]
    public async Task The_code_is_printed_the_user_accepts_elsewhere_and_the_tokens_are_stored()
    {
        await using var h = await CliHarness.StartAsync(o => o.DeviceCodeInterval = 1);
        using var login = OdgRun.Start(h.Environment, "login", "--device-code");

        var userCode = await login.UserCodeAsync();
        await EnterCodeAsync(h, userCode, "accept");
        await login.WaitAsync();

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Contains($"{h.Emulator.AuthorityHost}/devicelogin", login.Stdout, StringComparison.Ordinal);
        Assert.Contains("Signed in: scopes", login.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(h.Home, "odg", "tokens.bin")));
        Assert.DoesNotContain("DAQABAAEAAA", login.Stdout + login.Stderr, StringComparison.Ordinal); // the device code is a secret
        var whoami = await h.SucceedAsync("whoami", "--json");
        Assert.Contains("\"hasRefreshToken\": true", whoami.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_elsewhere_is_exit_code_3_saying_so()
    {
        await using var h = await CliHarness.StartAsync(o => o.DeviceCodeInterval = 1);
        using var login = OdgRun.Start(h.Environment, "login", "--device-code");

        await EnterCodeAsync(h, await login.UserCodeAsync(), "decline");
        await login.WaitAsync();

        Assert.Equal(3, login.ExitCode);
        Assert.Contains("declined", login.Stderr, StringComparison.Ordinal);
    }

    private static async Task EnterCodeAsync(CliHarness h, string userCode, string consent)
    {
        using var browser = new HttpClient();
        using var page = await browser.PostAsync(h.Emulator.AuthorityHost + "/devicelogin", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = userCode, ["consent"] = consent }));
        page.EnsureSuccessStatusCode();
    }
}
