using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Requests;
using OneDriveGen.Runtime.Generated;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// Walks a paged Graph collection: the first request as built, then every <c>@odata.nextLink</c> exactly as given
/// (no decoding and re-encoding), until the last page. A nextLink that comes back again stops the walk with an
/// error instead of looping forever (microsoft-graph-docs#6754).
/// </summary>
public static class Pager
{
    /// <summary>
    /// Every item of a paged collection, such as <c>client.Me.Drive.Items[id].Children.ToGetRequestInformation()</c>,
    /// each item read by the generated reader of your model: <c>Pager.EnumerateAsync(adapter, request, DriveItem.ReadJson)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The service answered a nextLink it had already answered.</exception>
    public static IAsyncEnumerable<TItem> EnumerateAsync<TItem>(IRequestAdapter adapter, RequestInformation first, JsonValueReader<TItem> readItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        return EnumerateAsync(adapter, first, (ref Utf8JsonReader reader) => ODataPage<TItem>.Read(ref reader, readItem), page => page.Items, page => page.NextLink, cancellationToken);
    }

    /// <summary>Every item of any paged collection whose pages Kiota's parse nodes read.</summary>
    public static IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
        IRequestAdapter adapter,
        RequestInformation first,
        ParsableFactory<TPage> pageFactory,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> nextLink,
        CancellationToken cancellationToken = default)
        where TPage : IParsable
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(first);
        var errors = EndpointOption.ErrorMappingOf(first);
        return EnumerateAsync(first, (request, ct) => adapter.SendAsync(request, pageFactory, errors, ct), items, nextLink, cancellationToken);
    }

    /// <summary>Every item of any paged collection whose pages a generated <c>ReadJson</c> reads.</summary>
    public static IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
        IRequestAdapter adapter,
        RequestInformation first,
        JsonValueReader<TPage> readPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> nextLink,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return EnumerateAsync(first, (request, ct) => GraphJson.SendAsync(adapter, request, readPage, ct), items, nextLink, cancellationToken);
    }

    private static async IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
        RequestInformation first,
        Func<RequestInformation, CancellationToken, Task<TPage?>> send,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> nextLink,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var request = first;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await send(request, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                yield break;
            }

            foreach (var item in items(page) ?? Array.Empty<TItem>())
            {
                yield return item;
            }

            var next = nextLink(page);
            if (string.IsNullOrEmpty(next))
            {
                yield break;
            }

            if (!seen.Add(next))
            {
                throw new InvalidOperationException($"The service returned the same @odata.nextLink twice ({new Uri(next).GetLeftPart(UriPartial.Path)}); stopping instead of looping forever.");
            }

            request = Follow(first, next);
        }
    }

    /// <summary>
    /// A GET of <paramref name="link"/> exactly as given, with the first request's options and headers except
    /// Authorization: the authentication provider decides afresh for the link's own origin (and the current token).
    /// </summary>
    internal static RequestInformation Follow(RequestInformation first, string link)
    {
        var next = new RequestInformation
        {
            HttpMethod = Method.GET,
            PathParameters = { ["request-raw-url"] = link },
        };
        next.Headers.AddAll(first.Headers);
        next.Headers.Remove("Authorization");
        next.AddRequestOptions(first.RequestOptions);
        return next;
    }
}
