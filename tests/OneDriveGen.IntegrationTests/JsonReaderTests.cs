using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Kiota.Serialization.Json;
using OneDriveGen.IntegrationTests.OneDrive.Models;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Generated;
using Xunit;

namespace OneDriveGen.IntegrationTests;

/// <summary>The generated UTF-8 readers and writers agree with Kiota's parse nodes on the services' JSON.</summary>
public class JsonReaderTests
{
    // A children page as Graph sends it: nested facets, a thumbnail array, nulls, annotations and properties the
    // spec does not declare (objects, arrays and scalars) in between declared ones.
    private const string Page = """
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users('x')/drive/root/children",
         "@odata.count":2,
         "value":[
          {"@odata.etag":"\"{1}\"","id":"D4648F06C91D9D3D!54927","name":"BritishShorthair.jpg","size":35212,
           "createdDateTime":"2026-11-28T10:14:00.123Z","lastModifiedDateTime":"2026-11-28T10:15:00Z",
           "video":{"duration":1,"nested":{"deep":[1,2,{"x":null}]}},"tags":["a","b"],
           "image":{"height":398,"width":273},"file":{"mimeType":"image/jpeg","hashes":{"sha1Hash":"wmgPQ6jrSeMX7JP1XmstQEGM2fc=","quickXorHash":null}},
           "parentReference":{"driveId":"d4648f06c91d9d3d","id":"D4648F06C91D9D3D!103","path":"/drive/root:/Pictures"},
           "lastModifiedBy":{"user":{"displayName":"Daron Spektor \u00e9","id":"d4648f06c91d9d3d"}},
           "thumbnails":[{"id":"0","small":{"height":96,"width":66,"url":"https://x/s"},"medium":null}],
           "@microsoft.graph.downloadUrl":"https://my.microsoftpersonalcontent.com/x"},
          {"id":"D4648F06C91D9D3D!103","n\u0061me":"Pictures","folder":{"childCount":2},"size":0,"description":null}
         ],
         "@odata.nextLink":"https://graph.microsoft.com/v1.0/me/drive/root/children?$skiptoken=abc%21def"}
        """;

    [Fact]
    public async Task A_page_reads_the_same_as_through_Kiota_parse_nodes()
    {
        var fast = GraphJson.Read(Encoding.UTF8.GetBytes(Page), DriveItemCollectionResponse.ReadJson)!;
        var kiota = (await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", new MemoryStream(Encoding.UTF8.GetBytes(Page))))
            .GetObjectValue(DriveItemCollectionResponse.CreateFromDiscriminatorValue)!;

        Assert.Equal(Write(kiota.WriteJson), Write(fast.WriteJson));
        Assert.Equal("https://graph.microsoft.com/v1.0/me/drive/root/children?$skiptoken=abc%21def", fast.OdataNextLink);
        var picture = fast.Value![0];
        Assert.Equal(35212L, picture.Size);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 14, 0, 123, TimeSpan.Zero), picture.CreatedDateTime);
        Assert.Equal("Daron Spektor é", picture.LastModifiedBy!.User!.DisplayName);
        Assert.Null(picture.File!.Hashes!.QuickXorHash);
        Assert.Equal(96, picture.Thumbnails![0].Small!.Height);
        Assert.Null(picture.Thumbnails[0].Medium);
        Assert.Equal("https://my.microsoftpersonalcontent.com/x", picture.DownloadUrl);
        Assert.Equal("Pictures", fast.Value[1].Name); // an escaped property name still matches
        Assert.Equal(2, fast.Value[1].Folder!.ChildCount);
        Assert.Equal(kiota.Value![0].AdditionalData.Keys, picture.AdditionalData.Keys); // undeclared ones kept as Kiota keeps them
        var video = Assert.IsType<Microsoft.Kiota.Abstractions.Serialization.UntypedObject>(picture.AdditionalData["video"]);
        Assert.Equal(1, Assert.IsType<Microsoft.Kiota.Abstractions.Serialization.UntypedInteger>(video.GetValue()["duration"]).GetValue());
    }

    [Fact]
    public void What_WriteJson_writes_ReadJson_reads_back_unchanged()
    {
        var page = GraphJson.Read(Encoding.UTF8.GetBytes(Page), DriveItemCollectionResponse.ReadJson)!;
        var written = Write(page.WriteJson);

        var again = GraphJson.Read(Encoding.UTF8.GetBytes(written), DriveItemCollectionResponse.ReadJson)!;

        Assert.Equal(written, Write(again.WriteJson));
        Assert.DoesNotContain("video", written); // WriteJson writes declared properties only
    }

    [Fact]
    public void A_property_of_the_wrong_type_is_a_JsonException_not_a_wrong_value()
    {
        Assert.ThrowsAny<JsonException>(() => GraphJson.Read("""{"id":"x","size":"big"}"""u8, DriveItem.ReadJson));
        Assert.ThrowsAny<JsonException>(() => GraphJson.Read("""[1,2]"""u8, DriveItem.ReadJson));
    }

    [Fact]
    public void Null_and_empty_documents_read_as_null()
    {
        Assert.Null(GraphJson.Read("null"u8, DriveItem.ReadJson));
        Assert.Null(GraphJson.Read(ReadOnlySpan<byte>.Empty, DriveItem.ReadJson));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
