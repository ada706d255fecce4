using System;
using OneDriveGen.IntegrationTests.OneDrive;
using Xunit;

namespace OneDriveGen.IntegrationTests;

/// <summary>
/// The URLs the generated builders produce, on every target framework of the runtime
/// (Uri.EscapeDataString's escape set has differed between runtimes).
/// </summary>
public class UrlEncodingTests
{
    private readonly OneDriveClient _client = ClientFactory.Create();

    [Fact]
    public void ItemIdBangIsSentAsPercent21()
    {
        var uri = _client.Me.Drive.Items["D4648F06C91D9D3D!54927"].Thumbnails.ToGetRequestInformation().URI;

        Assert.Equal("https://graph.microsoft.com/v1.0/me/drive/items/D4648F06C91D9D3D%2154927/thumbnails", uri.AbsoluteUri);
    }

    [Fact]
    public void DriveIdAndItemIdAreEachOneSegment()
    {
        var uri = _client.Drives["b!NstWBO7BLkaD832lQNTIjN3-bUGzhKFNnxmtTJzjeDZ5hl0iASf3S6uzuEQUzPH8"].Items["01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K"].ToGetRequestInformation().URI;

        Assert.Equal(
            "https://graph.microsoft.com/v1.0/drives/b%21NstWBO7BLkaD832lQNTIjN3-bUGzhKFNnxmtTJzjeDZ5hl0iASf3S6uzuEQUzPH8/items/01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K",
            uri.AbsoluteUri);
    }

    [Fact]
    public void IdWithReservedCharactersNeverLeavesItsSegment()
    {
        var uri = _client.Me.Drive.Items["a/b?c#d"].ToGetRequestInformation().URI;

        Assert.Equal("https://graph.microsoft.com/v1.0/me/drive/items/a%2Fb%3Fc%23d", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("Documents/Q1 #1.docx", "Documents/Q1%20%231.docx")]
    [InlineData("/Documents/report.docx", "Documents/report.docx")]
    [InlineData("estimate%s.docx", "estimate%25s.docx")]
    [InlineData("a+b&c.txt", "a%2Bb%26c.txt")]
    [InlineData("Ryan's Files/doc (1).docx", "Ryan%27s%20Files/doc%20%281%29.docx")]
    [InlineData("why?.txt", "why%3F.txt")]
    [InlineData("Grüße/日本.txt", "Gr%C3%BC%C3%9Fe/%E6%97%A5%E6%9C%AC.txt")]
    [InlineData("bang!.txt", "bang%21.txt")]
    [InlineData("photo 😀.jpg", "photo%20%F0%9F%98%80.jpg")]
    [InlineData("bad\uFFFDname", "bad%EF%BF%BDname")]
    [InlineData("100% done/a%20b", "100%25%20done/a%2520b")]
    [InlineData("semi;colon,comma=eq@at$dollar", "semi%3Bcolon%2Ccomma%3Deq%40at%24dollar")]
    public void PathSegmentsAreEncodedOnceAndSlashStays(string path, string expected)
    {
        var uri = _client.Me.Drive.Root.ItemWithPath(path).Content.ToGetRequestInformation().URI;

        Assert.Equal($"https://graph.microsoft.com/v1.0/me/drive/root:/{expected}:/content", uri.AbsoluteUri);
    }

    [Fact]
    public void PathRelativeToAnItemKeepsBothEncodings()
    {
        var uri = _client.Drives["b!x"].Items["A!1"].ItemWithPath("new file.txt").Content.ToPutRequestInformation(new System.IO.MemoryStream()).URI;

        Assert.Equal("https://graph.microsoft.com/v1.0/drives/b%21x/items/A%211:/new%20file.txt:/content", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    [InlineData("a//b")]
    [InlineData("a/")]
    [InlineData("../secret")]
    [InlineData("a/./b")]
    public void UnaddressablePathsAreArgumentErrorsNamingTheParameter(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => _client.Me.Drive.Root.ItemWithPath(path));

        Assert.Equal("itemPath", error.ParamName);
    }

    [Fact]
    public void UnpairedSurrogateIsAnArgumentError()
    {
        var path = "lone" + (char)0xD800 + "surrogate";

        var error = Assert.Throws<ArgumentException>(() => _client.Me.Drive.Root.ItemWithPath(path));

        Assert.Equal("itemPath", error.ParamName);
    }

    [Fact]
    public void EmptyIdIsAnArgumentError()
    {
        var error = Assert.Throws<ArgumentException>(() => _client.Me.Drive.Items[" "]);

        Assert.Equal("itemId", error.ParamName);
    }

    [Fact]
    public void SearchTextIsAnODataLiteralWithQuotesDoubled()
    {
        var uri = _client.Me.Drive.Root.SearchWithQ("it's a!b").ToGetRequestInformation().URI;

        Assert.Equal("https://graph.microsoft.com/v1.0/me/drive/root/search(q='it%27%27s%20a%21b')", uri.AbsoluteUri);
    }

    [Fact]
    public void QueryOptionsUseODataNames()
    {
        var uri = _client.Me.Drive.Items["A!1"].Children.ToGetRequestInformation(c =>
        {
            c.QueryParameters.Select = new[] { "id", "name" };
            c.QueryParameters.Top = 5;
            c.QueryParameters.Orderby = new[] { "name desc" };
        }).URI;

        Assert.Equal("https://graph.microsoft.com/v1.0/me/drive/items/A%211/children?%24select=id,name&%24top=5&%24orderby=name%20desc", uri.AbsoluteUri);
    }

    [Fact]
    public void CustomThumbnailSizesAreAddressable()
    {
        var size = _client.Me.Drive.Items["A!1"].Thumbnails["0"]["c300x400_crop"].ToGetRequestInformation().URI;
        var select = _client.Me.Drive.Items["A!1"].Thumbnails.ToGetRequestInformation(c => c.QueryParameters.Select = new[] { "c300x400" }).URI;

        Assert.Equal("https://graph.microsoft.com/v1.0/me/drive/items/A%211/thumbnails/0/c300x400_crop", size.AbsoluteUri);
        Assert.Equal("https://graph.microsoft.com/v1.0/me/drive/items/A%211/thumbnails?%24select=c300x400", select.AbsoluteUri);
    }

    [Fact]
    public void WithUrlUsesANextLinkVerbatim()
    {
        const string nextLink = "https://graph.microsoft.com/v1.0/drives('me')/items('root%252F%25D0%2598')/children?$skiptoken=MjAx";

        var uri = _client.Me.Drive.Items["x"].Children.WithUrl(nextLink).ToGetRequestInformation().URI;

        Assert.Equal(nextLink, uri.OriginalString);
    }

    [Fact]
    public void BaseUrlCanPointAtAnEmulator()
    {
        var client = ClientFactory.Create("http://127.0.0.1:5099/v1.0");

        var uri = client.Me.Drive.ToGetRequestInformation().URI;

        Assert.Equal("http://127.0.0.1:5099/v1.0/me/drive", uri.AbsoluteUri);
    }
}
