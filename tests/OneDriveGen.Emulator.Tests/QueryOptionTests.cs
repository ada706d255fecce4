using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Collection query options, thumbnails and search scope. Sources: "List children of a driveItem" (supports $expand,
/// $select, $skipToken, $top and $orderby), "Paging Microsoft Graph data in your app" (a skip token is opaque and
/// issued by the service), "List thumbnails for a DriveItem" and "Search for a DriveItem within a drive" (search is
/// called on a folder). Before: a garbage $skiptoken returned page one, $filter and unknown $orderby were silently
/// ignored, $expand=thumbnails returned nothing, every file had thumbnails, and a folder's search covered the drive.
/// </summary>
public sealed class QueryOptionTests
{
    [Theory]
    [InlineData("$skiptoken=not-a-token!")]
    [InlineData("$skiptoken=AAAA")]
    [InlineData("$filter=file%20ne%20null")]
    [InlineData("$orderby=createdBy")]
    [InlineData("$orderby=name%20sideways")]
    public async Task An_option_the_collection_cannot_honour_is_400(string query)
    {
        await using var h = await EmulatorHarness.StartAsync();

        var error = await h.GraphJsonAsync("/me/drive/root/children?" + query, expected: HttpStatusCode.BadRequest);

        Assert.Equal("invalidRequest", error.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Orderby_size_desc_orders_the_children()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var children = await h.GraphJsonAsync("/me/drive/root/children?$orderby=size%20desc");

        var sizes = children.GetProperty("value").EnumerateArray().Select(c => c.GetProperty("size").GetInt64()).ToList();
        Assert.Equal(sizes.OrderByDescending(s => s), sizes);
    }

    [Fact]
    public async Task Expand_thumbnails_gives_pictures_a_set_and_other_files_none()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var pictures = await h.GraphJsonAsync("/me/drive/root:/Pictures/Vacation:/children?$expand=thumbnails");
        var notes = await h.GraphJsonAsync("/me/drive/root:/Notes.txt?$expand=thumbnails");

        foreach (var item in pictures.GetProperty("value").EnumerateArray())
        {
            var set = Assert.Single(item.GetProperty("thumbnails").EnumerateArray());
            Assert.StartsWith("http", set.GetProperty("medium").GetProperty("url").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, notes.GetProperty("thumbnails").GetArrayLength());
    }

    [Fact]
    public async Task A_text_file_has_no_thumbnails()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var list = await h.GraphJsonAsync("/me/drive/root:/Notes.txt:/thumbnails");
        var set = await h.GraphJsonAsync("/me/drive/root:/Notes.txt:/thumbnails/0", expected: HttpStatusCode.NotFound);

        Assert.Equal(0, list.GetProperty("value").GetArrayLength());
        Assert.Equal("itemNotFound", set.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Search_covers_the_folder_it_is_called_on()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var inPictures = await h.GraphJsonAsync("/me/drive/root:/Pictures:/search(q='png')");
        var inDocuments = await h.GraphJsonAsync("/me/drive/root:/Documents:/search(q='png')");
        var everywhere = await h.GraphJsonAsync("/me/drive/root/search(q='png')");

        Assert.Equal(2, inPictures.GetProperty("value").GetArrayLength());
        Assert.Equal(0, inDocuments.GetProperty("value").GetArrayLength());
        Assert.Equal(2, everywhere.GetProperty("value").GetArrayLength());
    }
}
