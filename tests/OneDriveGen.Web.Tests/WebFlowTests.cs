using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Web.Tests;

/// <summary>
/// The web sample's whole flow over real sockets, as a browser without JavaScript walks it: app sign-in, connect as
/// a confidential client through the emulator's consent page, browse with thumbnails, import, upload through the
/// form (an upload session above 4 MiB), disconnect; and the failures a user meets, each a page that says what to do.
/// </summary>
public sealed partial class WebFlowTests
{
    [Fact]
    public async Task Connect_browse_import_upload_and_disconnect()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = host.Visitor();
        await web.SignInAsync("alice");

        await web.ConnectAsync();

        Assert.Equal("/browse", web.Address.AbsolutePath);
        await web.GoAsync(Href("Pictures", web.Page));
        var thumbnails = ImageSources().Matches(web.Page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(thumbnails);
        using (var plain = new HttpClient())
        {
            var png = await plain.GetAsync(thumbnails[0]);
            Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        }

        var id = Regex.Match(web.Page, "name=\"id\" value=\"([^\"]+)\"><button type=\"submit\" class=\"import\" data-name=\"BritishShorthair.jpg\"").Groups[1].Value;
        await web.SubmitAsync("/import", ("id", WebUtility.HtmlDecode(id)));
        await web.ReloadUntilAsync("id=\"sha256\"", TimeSpan.FromSeconds(20));
        Assert.Equal(await Sha256OfAsync(host, "Pictures/BritishShorthair.jpg"), Regex.Match(web.Page, "<code id=\"sha256\">([0-9a-f]{64})</code>").Groups[1].Value);

        await web.GoAsync("/browse?path=Pictures");
        var folder = WebUtility.HtmlDecode(Regex.Match(web.Page, "name=\"folder\" value=\"([^\"]+)\"").Groups[1].Value);
        var upload = RandomNumberGenerator.GetBytes(6 * 1024 * 1024);
        var form = new MultipartFormDataContent { { new StringContent(folder), "folder" } };
        var file = new ByteArrayContent(upload);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "six # mebibytes + 100%.bin");
        await web.SubmitMultipartAsync("/upload", form);
        Assert.Contains("six # mebibytes + 100%.bin", WebUtility.HtmlDecode(web.Page), StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(upload)).ToLowerInvariant(), await Sha256OfAsync(host, "Pictures/six # mebibytes + 100%.bin"));

        await web.GoAsync("/");
        await web.SubmitAsync("/onedrive/disconnect");
        await web.AssertNotConnectedAsync();
    }

    [Fact]
    public async Task Declining_consent_is_a_page_and_stores_nothing()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = host.Visitor();
        await web.SignInAsync("bob");

        await web.ConnectAsync("decline");

        Assert.Equal(HttpStatusCode.Forbidden, web.Status);
        Assert.Contains("declined", web.Page, StringComparison.Ordinal);
        await web.AssertNotConnectedAsync();
    }

    [Theory]
    [InlineData("state=forged&code=whatever")]
    [InlineData("code=whatever")]
    public async Task A_forged_or_missing_state_is_refused_and_stores_nothing(string query)
    {
        await using var host = await SampleHost.StartAsync();
        using var web = host.Visitor();
        await web.SignInAsync("carol");

        await web.GoAsync("/onedrive/callback?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, web.Status);
        Assert.Contains("Nothing was stored", web.Page, StringComparison.Ordinal);
        await web.AssertNotConnectedAsync();
    }

    [Fact]
    public async Task A_replayed_callback_is_refused_and_another_users_state_too()
    {
        await using var host = await SampleHost.StartAsync();
        using var dave = host.Visitor();
        using var erin = host.Visitor();
        await dave.SignInAsync("dave");
        await erin.SignInAsync("erin");
        await dave.GoAsync("/");
        await dave.SubmitAsync("/onedrive/connect");
        await dave.ConsentAsync("accept");
        var callback = dave.Hops.Single(h => h.AbsolutePath == "/onedrive/callback");
        Assert.Equal("/browse", dave.Address.AbsolutePath);

        await dave.GoAsync(callback.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, dave.Status);

        await erin.GoAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, erin.Status);
        await erin.AssertNotConnectedAsync();
    }

    [Fact]
    public async Task Pages_need_an_app_user_and_names_are_encoded()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = host.Visitor();

        await web.GoAsync("/browse");
        Assert.EndsWith("/signin", web.Address.AbsolutePath, StringComparison.Ordinal);

        await web.SignInAsync("frank");
        await web.ConnectAsync();
        await web.GoAsync(Href("Documents", web.Page));
        Assert.Contains("Q1 #1.docx", WebUtility.HtmlDecode(web.Page), StringComparison.Ordinal);
        Assert.Contains("estimate%s.docx", WebUtility.HtmlDecode(web.Page), StringComparison.Ordinal);
        await web.GoAsync(Href("Ryan's Files", WebUtility.HtmlDecode(web.Page)).Replace("'", "%27", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, web.Status);
        Assert.Contains("doc (1).docx", WebUtility.HtmlDecode(web.Page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("expired")]
    public async Task A_revoked_or_expired_connection_offers_to_reconnect_and_reconnecting_works(string how)
    {
        await using var host = await SampleHost.StartAsync();
        using var web = host.Visitor();
        await web.SignInAsync("grace");
        await web.ConnectAsync();
        var emulator = host.Sample.Emulator!;

        // The user revoked the app's access, or nobody used it for 91 days (refresh tokens live 90): the access
        // token is refused, and so is the refresh that follows (AADSTS70008 or 700082).
        if (how == "revoked")
        {
            emulator.RevokeTokens(EmbeddedOneDrive.App.ClientId);
        }
        else
        {
            emulator.Clock.Advance(System.TimeSpan.FromDays(91));
        }

        await web.GoAsync("/browse");

        Assert.Equal(HttpStatusCode.Unauthorized, web.Status);
        Assert.Contains("Reconnect OneDrive", web.Page, StringComparison.Ordinal);
        await web.AssertNotConnectedAsync();
        await web.ConnectAsync();
        Assert.Equal("/browse", web.Address.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, web.Status);
    }

    [Fact]
    public async Task Two_app_users_on_two_accounts_see_only_their_own_drives()
    {
        await using var host = await SampleHost.StartAsync();
        using var alice = host.Visitor();
        using var bob = host.Visitor();
        await alice.SignInAsync("alice");
        await bob.SignInAsync("bob");
        await alice.ConnectAsync();
        await bob.ConnectAsync(account: EmbeddedOneDrive.SecondAccount.Login);

        var secondDrive = host.Sample.Emulator!.DriveOf(EmbeddedOneDrive.SecondAccount);
        secondDrive.AddFile(string.Empty, "only-bob.txt", new byte[] { 1, 2, 3 });
        await alice.GoAsync("/browse");
        await bob.GoAsync("/browse");

        Assert.DoesNotContain("only-bob.txt", alice.Page, StringComparison.Ordinal);
        Assert.Contains("only-bob.txt", bob.Page, StringComparison.Ordinal);
    }

    private static string Href(string folderName, string page)
    {
        var match = Regex.Match(page, "<a class=\"folder\" href=\"([^\"]+)\">" + Regex.Escape(folderName) + "</a>");
        Assert.True(match.Success, $"no link to folder '{folderName}' in: {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>SHA-256 of a file as the emulator holds it, fetched straight from the emulator.</summary>
    private static async Task<string> Sha256OfAsync(SampleHost host, string path)
    {
        var emulator = host.Sample.Emulator!;
        var token = emulator.IssueTokens(AppRegistration.TestPublicClient.ClientId).AccessToken;
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, emulator.GraphBaseUrl + "/me/drive/root:/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + ":/content");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var redirect = await http.SendAsync(request);
        var bytes = await http.GetByteArrayAsync(redirect.Headers.Location!);
        return Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImageSources();
}
