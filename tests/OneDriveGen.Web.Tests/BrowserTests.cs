using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace OneDriveGen.Web.Tests;

/// <summary>
/// The web sample in a real browser: sign in as an app user, connect, the emulator's consent page, Accept, browse to
/// Pictures with real thumbnail images, import a file, upload 6 MiB through the form, disconnect; and Decline.
/// </summary>
public sealed class BrowserTests
{
    [ChromiumFact]
    public async Task A_user_connects_browses_imports_uploads_and_disconnects_in_a_browser()
    {
        await using var host = await SampleHost.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(host.Sample.BaseUrl + "/");
        await page.FillAsync("#name", "alice");
        await page.ClickAsync("#signin");
        await Browser.ScreenshotAsync(page, "1-connect");
        await page.ClickAsync("#connect");
        await page.WaitForSelectorAsync("#accept");
        await Browser.ScreenshotAsync(page, "2-consent");
        await page.ClickAsync("#accept");
        await page.WaitForURLAsync("**/browse");

        await page.ClickAsync("a.folder:text-is('Pictures')");
        await page.WaitForSelectorAsync("#thumbnails img");
        var widths = await page.EvalOnSelectorAllAsync<int[]>("#thumbnails img", "images => images.map(i => i.complete ? i.naturalWidth : 0)");
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.True(w > 0, "a thumbnail image did not load"));
        await Browser.ScreenshotAsync(page, "3-browse");

        await page.ClickAsync("button.import[data-name='BritishShorthair.jpg']");
        await page.WaitForSelectorAsync("#sha256", new PageWaitForSelectorOptions { Timeout = 20_000 });
        var sha = await page.TextContentAsync("#sha256");
        Assert.Matches("^[0-9a-f]{64}$", sha);
        Assert.Equal(sha, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(host.Imports, "alice", "BritishShorthair.jpg")))).ToLowerInvariant());
        await Browser.ScreenshotAsync(page, "4-import");

        await page.GotoAsync(host.Sample.BaseUrl + "/browse?path=Pictures");
        var upload = Path.Combine(Path.GetTempPath(), "odg-web-upload-" + Guid.NewGuid().ToString("N") + ".bin");
        await File.WriteAllBytesAsync(upload, RandomNumberGenerator.GetBytes(6 * 1024 * 1024));
        try
        {
            await page.SetInputFilesAsync("#file", upload);
            await page.ClickAsync("#upload");
            await page.WaitForSelectorAsync($"#items td:text-is('{Path.GetFileName(upload)}')");
        }
        finally
        {
            File.Delete(upload);
        }

        await page.GotoAsync(host.Sample.BaseUrl + "/");
        await page.ClickAsync("#disconnect");
        Assert.Contains("not connected", await page.TextContentAsync("#status"), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Declining_consent_shows_the_denial_page()
    {
        await using var host = await SampleHost.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(host.Sample.BaseUrl + "/signin");
        await page.FillAsync("#name", "bob");
        await page.ClickAsync("#signin");
        await page.ClickAsync("#connect");
        await page.ClickAsync("#decline");

        Assert.Contains("declined", await page.TextContentAsync("#problem"), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "5-declined");
    }

    [ChromiumFact]
    public async Task Two_app_users_in_two_browsers_each_see_their_own_drive()
    {
        await using var host = await SampleHost.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        host.Sample.Emulator!.DriveOf(EmbeddedOneDrive.SecondAccount).AddFile(string.Empty, "only-bob.txt", new byte[] { 1 });
        var alice = await ConnectAsync(browser, host, "alice", "#account-0");
        var bob = await ConnectAsync(browser, host, "bob", "#account-1");

        Assert.Null(await alice.QuerySelectorAsync("#items td:text-is('only-bob.txt')"));
        Assert.NotNull(await bob.QuerySelectorAsync("#items td:text-is('only-bob.txt')"));
    }

    [ChromiumFact]
    public async Task A_forged_state_is_refused_and_a_revoked_connection_offers_to_reconnect()
    {
        await using var host = await SampleHost.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await ConnectAsync(browser, host, "lena", "#account-0");

        await page.GotoAsync(host.Sample.BaseUrl + "/onedrive/callback?state=forged&code=stolen");
        Assert.Contains("Nothing was stored", await page.TextContentAsync("#problem"), StringComparison.Ordinal);

        host.Sample.Emulator!.RevokeTokens(EmbeddedOneDrive.App.ClientId);
        await page.GotoAsync(host.Sample.BaseUrl + "/browse");
        Assert.NotNull(await page.QuerySelectorAsync("#reconnect"));
        await Browser.ScreenshotAsync(page, "6-reconnect");
        await page.ClickAsync("#reconnect");
        Assert.Contains("not connected", await page.TextContentAsync("#status"), StringComparison.Ordinal);
    }

    private static async Task<IPage> ConnectAsync(Browser browser, SampleHost host, string appUser, string account)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.Sample.BaseUrl + "/signin");
        await page.FillAsync("#name", appUser);
        await page.ClickAsync("#signin");
        await page.ClickAsync("#connect");
        await page.CheckAsync(account);
        await page.ClickAsync("#accept");
        await page.WaitForURLAsync("**/browse");
        return page;
    }
}
