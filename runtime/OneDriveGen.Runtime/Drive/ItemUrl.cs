using System;
using Microsoft.Kiota.Abstractions;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// The URL of the item a request addresses, as any generated builder addresses it (<c>…/root:/a/b.pdf:</c>,
/// <c>…/items/{id}</c>, any drive), without its query: the base of its <c>/content</c> and
/// <c>/createUploadSession</c>.
/// </summary>
internal static class ItemUrl
{
    public static string Of(RequestInformation itemRequest)
    {
        var url = itemRequest.PathParameters.TryGetValue("request-raw-url", out var raw) && raw is string rawUrl ? rawUrl : itemRequest.URI.AbsoluteUri;
        var query = url.IndexOf('?', StringComparison.Ordinal);
        return (query < 0 ? url : url[..query]).TrimEnd('/');
    }
}
