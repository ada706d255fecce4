using System.Collections.Generic;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.IntegrationTests.OneDrive;
using OneDriveGen.IntegrationTests.OneDrive.Me.Drive.Items.ItemId.Children;
using OneDriveGen.IntegrationTests.OneDrive.Me.Drive.Root.ItemPath.Content;
using OneDriveGen.IntegrationTests.OneDrive.Me.Drive.Root.SearchWithQ;
using OneDriveGen.Runtime.Generated;
using Xunit;

namespace OneDriveGen.IntegrationTests;

/// <summary>
/// The URL each generated builder concatenates (its template taken apart at compile time) is the one Kiota's
/// RFC 6570 engine expands from the same template and values, byte for byte.
/// </summary>
public class CompiledUrlTests
{
    private const string BaseUrl = "https://graph.microsoft.com/v1.0";
    private readonly OneDriveClient _client = ClientFactory.Create();

    public static IEnumerable<object?[]> Children() => new[]
    {
        new object?[] { "D4648F06C91D9D3D!54927", null, null, null },
        new object?[] { "a/b?c#d %e", new[] { "id", "name" }, 200, null },
        new object?[] { "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K", new[] { "na,me", "Grüße" }, 0, "name desc" },
        new object?[] { "x", new string[0], null, string.Empty },
        new object?[] { "日本!😀", null, 5, "it's a+b=c&d" },
        new object?[] { "lone\uD800a~-._%41", new[] { "\uDC00z" }, null, "\uD83D\uDE00!" },
    };

    [Theory]
    [MemberData(nameof(Children))]
    public void Children_with_query_options_match_Kiota(string itemId, string[]? select, int? top, string? filter)
    {
        var compiled = _client.Me.Drive.Items[itemId].Children.ToGetRequestInformation(c =>
        {
            c.QueryParameters.Select = select;
            c.QueryParameters.Top = top;
            c.QueryParameters.Filter = filter;
        });

        var kiota = new RequestInformation(Method.GET, ChildrenRequestBuilder.RequestUrlTemplate, new Dictionary<string, object>
        {
            ["baseurl"] = BaseUrl,
            ["item%2Did"] = itemId,
        });
        kiota.AddQueryParameters(new ChildrenRequestBuilder.ChildrenRequestBuilderGetQueryParameters { Select = select, Top = top, Filter = filter });

        Assert.Equal(kiota.URI.OriginalString, compiled.URI.OriginalString);
    }

    [Theory]
    [InlineData("Documents/Q1 #1.docx", "rename")]
    [InlineData("Grüße/日本.txt", null)]
    [InlineData("estimate%s.docx", "")]
    [InlineData("Ryan's Files/doc (1).docx", "replace")]
    public void Path_addressing_matches_Kiota(string path, string? conflictBehavior)
    {
        var compiled = _client.Me.Drive.Root.ItemWithPath(path).Content.ToPutRequestInformation(new System.IO.MemoryStream(), c => c.QueryParameters.ConflictBehavior = conflictBehavior);

        var kiota = new RequestInformation(Method.PUT, ContentRequestBuilder.RequestUrlTemplate, new Dictionary<string, object>
        {
            ["baseurl"] = BaseUrl,
            ["item%2Dpath"] = DrivePathEncoder.Encode(path, "path"),
        });
        kiota.AddQueryParameters(new ContentRequestBuilder.ContentRequestBuilderPutQueryParameters { ConflictBehavior = conflictBehavior });

        Assert.Equal(kiota.URI.OriginalString, compiled.URI.OriginalString);
    }

    [Fact]
    public void A_segment_without_parameters_is_made_once_and_its_children_stay_apart()
    {
        var items = _client.Me.Drive.Items;

        var first = items["A!1"].Children.ToGetRequestInformation();
        var second = items["B!2"].Children.ToGetRequestInformation();

        Assert.Same(items, _client.Me.Drive.Items);
        Assert.Same(_client.Me.Drive, _client.Me.Drive);
        Assert.Equal(BaseUrl + "/me/drive/items/A%211/children", first.URI.OriginalString);
        Assert.Equal(BaseUrl + "/me/drive/items/B%212/children", second.URI.OriginalString);
    }

    [Fact]
    public void Search_matches_Kiota_and_a_raw_url_builder_is_used_as_given()
    {
        var compiled = _client.Me.Drive.Root.SearchWithQ("it's a!b").ToGetRequestInformation();
        var kiota = new RequestInformation(Method.GET, SearchWithQRequestBuilder.RequestUrlTemplate, new Dictionary<string, object>
        {
            ["baseurl"] = BaseUrl,
            ["q"] = ODataLiteral.EscapeString("it's a!b", "q"),
        });
        const string NextLink = "https://graph.microsoft.com/v1.0/me/drive/root/children?$skiptoken=a%21b&$top=2";

        var raw = _client.Me.Drive.Items["x"].Children.WithUrl(NextLink).ToGetRequestInformation(c => c.QueryParameters.Top = 9);

        Assert.Equal(kiota.URI.OriginalString, compiled.URI.OriginalString);
        Assert.Equal(NextLink, raw.URI.OriginalString);
    }
}
