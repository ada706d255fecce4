using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>Bearer validation, addressing by ID and path, drive, errors (reference §2.1, §2.2, §3, §4.1).</summary>
public class GraphItemTests
{
    [Fact]
    public async Task MissingUnknownAndExpiredTokensGet401()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = h.Token();

        using var missing = await h.SendAsync(HttpMethod.Get, h.Emulator.GraphBaseUrl + "/me/drive", null);
        using var unknown = await h.GraphAsync(HttpMethod.Get, "/me/drive", "EwAnotatoken");
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        using var expired = await h.GraphAsync(HttpMethod.Get, "/me/drive", token);

        foreach (var (response, message) in new[] { (missing, "Access token is empty."), (unknown, "CompactToken parsing failed"), (expired, "Access token has expired") })
        {
            var json = await EmulatorHarness.JsonOf(response, HttpStatusCode.Unauthorized);
            Assert.Equal("InvalidAuthenticationToken", json.GetProperty("error").GetProperty("code").GetString());
            Assert.StartsWith(message, json.GetProperty("error").GetProperty("message").GetString());
            Assert.NotNull(response.Headers.WwwAuthenticate.FirstOrDefault());
        }
    }

    [Fact]
    public async Task DriveByMeAndById()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var me = await h.GraphJsonAsync("/me/drive");
        var byId = await h.GraphJsonAsync("/drives/" + Uri.EscapeDataString(h.Emulator.Drive.DriveId));

        Assert.Equal(h.Emulator.Drive.DriveId, me.GetProperty("id").GetString());
        Assert.Equal("personal", me.GetProperty("driveType").GetString());
        Assert.Equal(me.GetProperty("id").GetString(), byId.GetProperty("id").GetString());
        var quota = me.GetProperty("quota");
        Assert.Equal(quota.GetProperty("total").GetInt64() - quota.GetProperty("used").GetInt64(), quota.GetProperty("remaining").GetInt64());
        Assert.Equal("normal", quota.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ItemIdWithBangWorksRawAndPercentEncodedButIsDecodedOnlyOnce()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var id = h.Emulator.Drive.FindIdByPath("Notes.txt")!;
        Assert.Contains('!', id);

        var raw = await h.GraphJsonAsync("/me/drive/items/" + id);
        var encoded = await h.GraphJsonAsync("/me/drive/items/" + id.Replace("!", "%21", StringComparison.Ordinal));
        using var doubleEncoded = await h.GraphAsync(HttpMethod.Get, "/me/drive/items/" + id.Replace("!", "%2521", StringComparison.Ordinal));

        Assert.Equal("Notes.txt", raw.GetProperty("name").GetString());
        Assert.Equal(id, encoded.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, doubleEncoded.StatusCode);
    }

    [Theory]
    [InlineData("/me/drive/root:/Documents/Q1%20%231.docx:", "Q1 #1.docx")]
    [InlineData("/me/drive/root:/Documents/Q1%20%231.docx", "Q1 #1.docx")]
    [InlineData("/me/drive/root:/Documents/estimate%25s.docx:", "estimate%s.docx")]
    [InlineData("/me/drive/root:/Documents/Ryan's%20Files/doc%20(1).docx:", "doc (1).docx")]
    [InlineData("/me/drive/root:/Documents/Gr%C3%BC%C3%9Fe.txt:", "Grüße.txt")]
    [InlineData("/me/drive/root:/documents/NOTES-missing.txt:", null)]
    public async Task ItemByPathDecodesEachSegmentOnce(string path, string? expectedName)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Get, path);

        if (expectedName is null)
        {
            var error = await EmulatorHarness.JsonOf(response, HttpStatusCode.NotFound);
            Assert.Equal("itemNotFound", error.GetProperty("error").GetProperty("code").GetString());
            return;
        }

        Assert.Equal(expectedName, (await EmulatorHarness.JsonOf(response, HttpStatusCode.OK)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task PathRelativeToAnItemAndByDriveId()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var documents = h.Emulator.Drive.FindIdByPath("Documents")!;

        var item = await h.GraphJsonAsync($"/drives/{h.Emulator.Drive.DriveId}/items/{documents}:/Ryan's%20Files:/children");

        Assert.Equal("doc (1).docx", item.GetProperty("value")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task MoreThanTwoColonsIsAnInvalidRequest()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Get, "/me/drive/root:/a:/b:/c:");

        var json = await EmulatorHarness.JsonOf(response, HttpStatusCode.BadRequest);
        Assert.Equal("invalidRequest", json.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("at most two colons", json.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task ErrorsCarryRequestIdsAndTheGraphShape()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.SendAsync(HttpMethod.Get, h.Emulator.GraphBaseUrl + "/me/drive/items/NOPE!1", h.Token(), configure: r => r.Headers.Add("client-request-id", "my-correlation"));

        var json = await EmulatorHarness.JsonOf(response, HttpStatusCode.NotFound);
        var inner = json.GetProperty("error").GetProperty("innerError");
        Assert.Equal("my-correlation", response.Headers.GetValues("client-request-id").Single());
        Assert.Equal(response.Headers.GetValues("request-id").Single(), inner.GetProperty("request-id").GetString());
        Assert.Equal("my-correlation", inner.GetProperty("client-request-id").GetString());
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$", inner.GetProperty("date").GetString());
    }

    [Fact]
    public async Task ItemCarriesFacetsHashesAndADownloadUrl()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var cat = await h.GraphJsonAsync("/me/drive/root:/Pictures/BritishShorthair.jpg:");
        var folder = await h.GraphJsonAsync("/me/drive/root:/Pictures:");
        var root = await h.GraphJsonAsync("/me/drive/root");

        Assert.Equal(398, cat.GetProperty("image").GetProperty("height").GetInt32());
        Assert.Equal(40, cat.GetProperty("file").GetProperty("hashes").GetProperty("sha1Hash").GetString()!.Length);
        Assert.Equal(28, cat.GetProperty("file").GetProperty("hashes").GetProperty("quickXorHash").GetString()!.Length);
        Assert.StartsWith(h.Emulator.ContentBaseUrl + "/download/", cat.GetProperty("@microsoft.graph.downloadUrl").GetString());
        Assert.Equal("/drive/root:/Pictures", cat.GetProperty("parentReference").GetProperty("path").GetString());
        Assert.Equal(2, folder.GetProperty("folder").GetProperty("childCount").GetInt32());
        Assert.True(root.TryGetProperty("root", out _));
    }

    [Fact]
    public async Task SelectLimitsTheProperties()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var item = await h.GraphJsonAsync("/me/drive/root:/Notes.txt:?$select=id,name");

        Assert.Equal(new[] { "id", "name" }, item.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task IfNoneMatchAnswers304()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var item = await h.GraphJsonAsync("/me/drive/root:/Notes.txt:");

        using var response = await h.SendAsync(HttpMethod.Get, h.Emulator.GraphBaseUrl + "/me/drive/root:/Notes.txt:", h.Token(), configure: r => r.Headers.TryAddWithoutValidation("If-None-Match", item.GetProperty("eTag").GetString()));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData(ItemIdStyle.Personal, "^[0-9A-F]{16}![0-9]+$", "^[0-9a-f]{16}$")]
    [InlineData(ItemIdStyle.PersonalNew, "^[0-9A-F]{16}!s[0-9a-f]{32}$", "^[0-9a-f]{16}$")]
    [InlineData(ItemIdStyle.Business, "^01[A-Z2-7]{32}$", "^b![A-Za-z0-9_-]+$")]
    public async Task ItemIdStylesHaveTheRealShapes(ItemIdStyle style, string itemPattern, string drivePattern)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.ItemIdStyle = style);

        var root = await h.GraphJsonAsync("/me/drive/root");
        var item = await h.GraphJsonAsync("/me/drive/items/" + Uri.EscapeDataString(h.Emulator.Drive.FindIdByPath("Notes.txt")!));

        Assert.Matches(itemPattern, root.GetProperty("id").GetString());
        Assert.Matches(itemPattern, item.GetProperty("id").GetString());
        Assert.Matches(drivePattern, h.Emulator.Drive.DriveId);
    }
}
