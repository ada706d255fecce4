using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Kiota.Serialization.Json;
using OneDriveGen.IntegrationTests.OneDrive.Models;
using Xunit;

namespace OneDriveGen.IntegrationTests;

/// <summary>The generated models read and write the JSON of the real services through Kiota.</summary>
public class ModelTests
{
    private static async Task<T> Parse<T>(string json, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
        where T : Microsoft.Kiota.Abstractions.Serialization.IParsable
    {
        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", new MemoryStream(Encoding.UTF8.GetBytes(json)));
        return node.GetObjectValue(factory)!;
    }

    [Fact]
    public async Task DriveItemFromTheDocsIsRead()
    {
        const string json = """
            {"id":"D4648F06C91D9D3D!54927","name":"BritishShorthair.jpg","size":35212,
             "cTag":"aYzpENDY0OEYwNkM5MUQ5RDNEITU0OTI3LjI1Ng","eTag":"aRDQ2NDhGMDZDOTFEOUQzRCE1NDkyNy4w",
             "image":{"height":398,"width":273},"file":{"hashes":{"sha1Hash":"wmgPQ6jrSeMX7JP1XmstQEGM2fc="}},
             "lastModifiedBy":{"user":{"displayName":"Daron Spektor","id":"d4648f06c91d9d3d"}},
             "@microsoft.graph.downloadUrl":"https://my.microsoftpersonalcontent.com/x","video":{"duration":1}}
            """;

        var item = await Parse(json, DriveItem.CreateFromDiscriminatorValue);

        Assert.Equal("D4648F06C91D9D3D!54927", item.Id);
        Assert.Equal(35212L, item.Size);
        Assert.Equal(398, item.Image!.Height);
        Assert.Equal("wmgPQ6jrSeMX7JP1XmstQEGM2fc=", item.File!.Hashes!.Sha1Hash);
        Assert.Equal("Daron Spektor", item.LastModifiedBy!.User!.DisplayName);
        Assert.Equal("https://my.microsoftpersonalcontent.com/x", item.DownloadUrl);
        Assert.True(item.AdditionalData.ContainsKey("video"));
    }

    [Fact]
    public async Task PageOfChildrenKeepsItsNextLink()
    {
        var page = await Parse("""{"value":[{"id":"a"},{"id":"b"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/me/drive/items/x/children?$skiptoken=MjAx"}""", DriveItemCollectionResponse.CreateFromDiscriminatorValue);

        Assert.Equal(2, page.Value!.Count);
        Assert.Equal("https://graph.microsoft.com/v1.0/me/drive/items/x/children?$skiptoken=MjAx", page.OdataNextLink);
    }

    [Fact]
    public async Task GraphErrorIsAnExceptionWithTheServiceMessage()
    {
        var error = await Parse("""{"error":{"code":"itemNotFound","message":"Item not found","innerError":{"date":"2022-09-18T02:21:45","request-id":"dc6b81ef","client-request-id":"bf17bc4a"}}}""", ODataError.CreateFromDiscriminatorValue);

        Assert.Equal("itemNotFound", error.Error!.Code);
        Assert.Equal("Item not found", error.Message);
        Assert.Equal("dc6b81ef", error.Error.InnerError!.RequestId);
    }

    [Fact]
    public async Task LiveTokenResponseKeepsUserId()
    {
        var token = await Parse("""{"token_type":"bearer","expires_in":3600,"scope":"wl.basic onedrive.readwrite","access_token":"EwCo","refresh_token":"eyJh","user_id":"8c68"}""", TokenResponse.CreateFromDiscriminatorValue);

        Assert.Equal("bearer", token.TokenType);
        Assert.Equal(3600L, token.ExpiresIn);
        Assert.Equal("8c68", token.UserId);
    }

    [Fact]
    public async Task IdentityErrorCarriesItsCodes()
    {
        var error = await Parse("""{"error":"invalid_grant","error_description":"AADSTS70008: expired","error_codes":[70008],"timestamp":"2016-01-09 02:02:12Z","trace_id":"t","correlation_id":"c"}""", IdentityError.CreateFromDiscriminatorValue);

        Assert.Equal("invalid_grant", error.Error);
        Assert.Equal(70008L, error.ErrorCodes![0]);
        Assert.Equal("AADSTS70008: expired", error.Message);
    }

    [Fact]
    public void CreateFolderBodyIsTheGraphJson()
    {
        var client = ClientFactory.Create();
        var folder = new DriveItem { Name = "New Folder", Folder = new Folder(), ConflictBehavior = "rename" };

        var request = client.Me.Drive.Items["root"].Children.ToPostRequestInformation(folder);
        var body = new StreamReader(request.Content).ReadToEnd();

        Assert.Equal("""{"name":"New Folder","folder":{},"@microsoft.graph.conflictBehavior":"rename"}""", body);
        Assert.Equal("application/json", request.Headers["Content-Type"].Single());
    }
}
