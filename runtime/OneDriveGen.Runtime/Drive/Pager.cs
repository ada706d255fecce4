using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using OneDriveGen.Runtime.OneDrive.Models;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// Walks a paged Graph collection: the first request as built, then every <c>@odata.nextLink</c> exactly as given
/// (no decoding and re-encoding), until the last page. A nextLink that comes back again stops the walk with an
/// error instead of looping forever (microsoft-graph-docs#6754).
/// </summary>
public static class Pager
{
    /// <summary>Every drive item of a paged collection, such as <c>client.Me.Drive.Items[id].Children.ToGetRequestInformation()</c>.</summary>
    /// <exception cref="InvalidOperationException">The service answered a nextLink it had already answered.</exception>
    public static IAsyncEnumerable<DriveItem> EnumerateAsync(IRequestAdapter adapter, RequestInformation first, CancellationToken cancellationToken = default) =>
        EnumerateAsync(adapter, first, DriveItemCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, page => page.OdataNextLink, cancellationToken);

    /// <summary>Every item of any paged collection, given how to read a page's items and nextLink.</summary>
    public static async IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
        IRequestAdapter adapter,
        RequestInformation first,
        ParsableFactory<TPage> pageFactory,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> nextLink,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TPage : IParsable
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(first);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var request = first;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await adapter.SendAsync(request, pageFactory, GraphErrors.Mapping, cancellationToken).ConfigureAwait(false);
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

    /// <summary>A GET of <paramref name="link"/> exactly as given, with the first request's headers and options.</summary>
    internal static RequestInformation Follow(RequestInformation first, string link)
    {
        var next = new RequestInformation
        {
            HttpMethod = Method.GET,
            PathParameters = { ["request-raw-url"] = link },
        };
        next.Headers.AddAll(first.Headers);
        next.AddRequestOptions(first.RequestOptions);
        return next;
    }
}
