using System;
using System.IO;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Requests;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// The item an upload goes to, as any generated builder addresses it (<c>…/root:/a/b.pdf:</c>,
/// <c>…/items/{parent-id}:/b.pdf:</c>, <c>…/items/{id}</c>, any drive): its <c>/content</c> and
/// <c>/createUploadSession</c> requests, with the builder's error model.
/// </summary>
internal sealed class UploadTarget
{
    private readonly string _itemUrl;
    private readonly EndpointOption _content;
    private readonly EndpointOption _session;

    public UploadTarget(RequestInformation target)
    {
        _itemUrl = ItemUrl.Of(target);
        var errors = EndpointOption.ErrorMappingOf(target);
        _content = new EndpointOption("uploadContent", "PUT", EndpointBehaviors.None, Array.Empty<string>(), errors);
        _session = new EndpointOption("createUploadSession", "POST", EndpointBehaviors.None, Array.Empty<string>(), errors);
    }

    /// <summary>The one-request upload: PUT …/content with the bytes.</summary>
    public RequestInformation SimpleUpload(Stream content, ConflictBehavior conflictBehavior)
    {
        var request = Request(Method.PUT, $"{_itemUrl}/content?%40microsoft.graph.conflictBehavior={conflictBehavior.ToWire()}", _content);
        request.SetStreamContent(content, "application/octet-stream");
        return request;
    }

    /// <summary>POST …/createUploadSession with the conflict behaviour in the body, as Graph documents it.</summary>
    public RequestInformation CreateSession(ConflictBehavior conflictBehavior)
    {
        var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("item");
            writer.WriteString("@microsoft.graph.conflictBehavior", conflictBehavior.ToWire());
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        body.Position = 0;
        var request = Request(Method.POST, _itemUrl + "/createUploadSession", _session);
        request.SetStreamContent(body, "application/json");
        return request;
    }

    /// <summary>Reads the <c>uploadUrl</c> of an uploadSession answer.</summary>
    public static string? ReadUploadUrl(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? uploadUrl = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isUploadUrl = reader.ValueTextEquals("uploadUrl"u8);
            reader.Read();
            if (isUploadUrl)
            {
                uploadUrl = JsonValues.StringOrSkip(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return uploadUrl;
    }

    private static RequestInformation Request(Method method, string url, EndpointOption endpoint)
    {
        var request = new RequestInformation { HttpMethod = method };
        request.PathParameters["request-raw-url"] = url;
        request.AddRequestOptions(new IRequestOption[] { endpoint });
        return request;
    }
}
