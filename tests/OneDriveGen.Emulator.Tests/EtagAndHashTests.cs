using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Preconditions and hashes. Sources: "Upload small files" and "driveItem: createUploadSession" (if-match and
/// if-none-match → 412), "Update a DriveItem", "Delete a DriveItem" (if-match → 412), the hashes resource (business
/// drives: quickXorHash only; sha256Hash not supported) and driveItem (cTag not returned for folders). Before: a
/// content PUT and createUploadSession ignored If-Match, personal files over 64 MiB had no sha1Hash, sha256Hash was
/// sent, and folders had a cTag.
/// </summary>
public sealed class EtagAndHashTests
{
    [Fact]
    public async Task A_content_PUT_with_a_stale_If_Match_is_412_and_changes_nothing()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var before = await h.GraphJsonAsync("/me/drive/root:/Notes.txt");

        using var stale = await h.SendAsync(HttpMethod.Put, h.Emulator.GraphBaseUrl + "/me/drive/root:/Notes.txt:/content", h.Token(), new StringContent("lost update"), r => r.Headers.TryAddWithoutValidation("If-Match", "\"{00000000-0000-0000-0000-000000000000},1\""));
        using var fresh = await h.SendAsync(HttpMethod.Put, h.Emulator.GraphBaseUrl + "/me/drive/root:/Notes.txt:/content", h.Token(), new StringContent("ok"), r => r.Headers.TryAddWithoutValidation("If-Match", before.GetProperty("eTag").GetString()));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task CreateUploadSession_honours_If_Match_and_If_None_Match()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var item = await h.GraphJsonAsync("/me/drive/root:/Notes.txt");
        var url = h.Emulator.GraphBaseUrl + "/me/drive/root:/Notes.txt:/createUploadSession";

        using var stale = await h.SendAsync(HttpMethod.Post, url, h.Token(), EmulatorHarness.Json("{}"), r => r.Headers.TryAddWithoutValidation("If-Match", "\"{00000000-0000-0000-0000-000000000000},1\""));
        using var matching = await h.SendAsync(HttpMethod.Post, url, h.Token(), EmulatorHarness.Json("{}"), r => r.Headers.TryAddWithoutValidation("If-None-Match", item.GetProperty("cTag").GetString()));
        using var ok = await h.SendAsync(HttpMethod.Post, url, h.Token(), EmulatorHarness.Json("{\"item\":{\"@microsoft.graph.conflictBehavior\":\"replace\"}}"), r => r.Headers.TryAddWithoutValidation("If-Match", item.GetProperty("eTag").GetString()));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, matching.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Patch_and_delete_honour_If_None_Match()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var item = await h.GraphJsonAsync("/me/drive/root:/Notes.txt");
        var url = h.Emulator.GraphBaseUrl + "/me/drive/root:/Notes.txt";
        var etag = item.GetProperty("eTag").GetString();

        using var patch = await h.SendAsync(HttpMethod.Patch, url, h.Token(), EmulatorHarness.Json("{\"name\":\"Renamed.txt\"}"), r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        using var delete = await h.SendAsync(HttpMethod.Delete, url, h.Token(), null, r => r.Headers.TryAddWithoutValidation("If-None-Match", "*"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, patch.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, delete.StatusCode);
        await h.GraphJsonAsync("/me/drive/root:/Notes.txt");
    }

    [Theory]
    [InlineData(ItemIdStyle.Personal, true)]
    [InlineData(ItemIdStyle.Business, false)]
    public async Task Hashes_are_the_ones_each_drive_type_reports(ItemIdStyle style, bool sha1)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.ItemIdStyle = style);

        var hashes = (await h.GraphJsonAsync("/me/drive/root:/Notes.txt")).GetProperty("file").GetProperty("hashes");

        Assert.True(hashes.TryGetProperty("quickXorHash", out _));
        Assert.Equal(sha1, hashes.TryGetProperty("sha1Hash", out _));
        Assert.False(hashes.TryGetProperty("sha256Hash", out _));
    }

    [Fact]
    public async Task A_personal_file_over_64_MiB_has_its_sha1Hash()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Drive.AddFile("/", "big.bin", new byte[(65 * 1024 * 1024) + 1]);

        var hashes = (await h.GraphJsonAsync("/me/drive/root:/big.bin")).GetProperty("file").GetProperty("hashes");

        Assert.Equal(40, hashes.GetProperty("sha1Hash").GetString()!.Length);
    }
}
