using System;
using System.Buffers.Binary;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>Thumbnails: the set, one size, custom sizes, and real PNG bytes of that size (reference §2.4).</summary>
public class ThumbnailTests
{
    private const string Cat = "/me/drive/root:/Pictures/BritishShorthair.jpg:";

    [Fact]
    public async Task SetHasTheStandardSizesScaledFromTheImage()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var set = (await h.GraphJsonAsync(Cat + "/thumbnails")).GetProperty("value")[0];

        Assert.Equal("0", set.GetProperty("id").GetString());
        Assert.Equal((66, 96), Size(set.GetProperty("small")));
        Assert.Equal((121, 176), Size(set.GetProperty("medium")));
        Assert.Equal((273, 398), Size(set.GetProperty("large")));
    }

    [Fact]
    public async Task CustomSizesBySelectEchoTheRequestedKey()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var set = (await h.GraphJsonAsync(Cat + "/thumbnails?select=c300x400,c300x400_crop")).GetProperty("value")[0];

        Assert.Equal((273, 398), Size(set.GetProperty("c300x400")));
        Assert.Equal((300, 400), Size(set.GetProperty("c300x400_crop")));
        Assert.False(set.TryGetProperty("small", out _));
    }

    [Fact]
    public async Task OneSizeAndItsContentAreARealPngOfThatSize()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var thumbnail = await h.GraphJsonAsync(Cat + "/thumbnails/0/c100x100_crop");
        using var redirect = await h.GraphAsync(HttpMethod.Get, Cat + "/thumbnails/0/mediumSquare/content");
        var png = await (await h.SendAsync(HttpMethod.Get, thumbnail.GetProperty("url").GetString()!, null)).Content.ReadAsByteArrayAsync();
        var squarePng = await (await h.SendAsync(HttpMethod.Get, redirect.Headers.Location!.AbsoluteUri, null)).Content.ReadAsByteArrayAsync();

        Assert.Equal((100, 100), Size(thumbnail));
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal((100, 100), PngSize(png));
        Assert.Equal((176, 176), PngSize(squarePng));
    }

    [Fact]
    public async Task UnknownSizeIsABadRequest()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Get, Cat + "/thumbnails/0/huge");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static (int Width, int Height) Size(JsonElement thumbnail) =>
        (thumbnail.GetProperty("width").GetInt32(), thumbnail.GetProperty("height").GetInt32());

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
