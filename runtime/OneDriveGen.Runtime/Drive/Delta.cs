using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Generated;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// One round of change tracking: every page of a delta request (the first one built, or a kept deltaLink), then
/// the deltaLink to keep. A 410 becomes <see cref="DeltaResyncRequiredException"/> with the restart URL.
/// </summary>
public static class Delta
{
    /// <summary>
    /// The changes since <paramref name="deltaLink"/>, a link kept from an earlier round, used exactly as given; each
    /// item read by your model's generated reader (<c>DriveItem.ReadJson</c>).
    /// </summary>
    /// <exception cref="DeltaResyncRequiredException">The token is no longer usable.</exception>
    public static Task<DeltaPage<TItem>> GetChangesAsync<TItem>(IRequestAdapter adapter, string deltaLink, JsonValueReader<TItem> readItem, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(deltaLink);
        return GetChangesAsync(adapter, Pager.Follow(new RequestInformation(), deltaLink), readItem, cancellationToken);
    }

    /// <summary>
    /// The changes a first delta request returns, such as <c>client.Me.Drive.Root.Delta.ToGetRequestInformation()</c>
    /// (with token=latest to start from now); each item read by <paramref name="readItem"/>.
    /// </summary>
    /// <exception cref="DeltaResyncRequiredException">The token is no longer usable.</exception>
    public static async Task<DeltaPage<TItem>> GetChangesAsync<TItem>(IRequestAdapter adapter, RequestInformation first, JsonValueReader<TItem> readItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(readItem);
        JsonValueReader<ODataPage<TItem>> readPage = (ref Utf8JsonReader reader) => ODataPage<TItem>.Read(ref reader, readItem);
        var changes = new List<TItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var request = first;
        try
        {
            while (true)
            {
                var page = await GraphJson.SendAsync(adapter, request, readPage, cancellationToken).ConfigureAwait(false);
                changes.AddRange(page?.Items ?? Array.Empty<TItem>());
                if (!string.IsNullOrEmpty(page?.DeltaLink))
                {
                    return new DeltaPage<TItem>(changes, page.DeltaLink);
                }

                var next = page?.NextLink;
                if (string.IsNullOrEmpty(next) || !seen.Add(next))
                {
                    throw new InvalidOperationException("A delta round ended without a deltaLink (or repeated its nextLink).");
                }

                request = Pager.Follow(first, next);
            }
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 410)
        {
            var location = ex.ResponseHeaders.TryGetValue("Location", out var values) ? values.FirstOrDefault() : null;
            throw new DeltaResyncRequiredException(location, ex);
        }
    }
}
