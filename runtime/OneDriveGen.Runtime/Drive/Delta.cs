using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.OneDrive.Models;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// One round of change tracking: every page of a delta request (the first one built, or a kept deltaLink), then
/// the deltaLink to keep. A 410 becomes <see cref="DeltaResyncRequiredException"/> with the restart URL.
/// </summary>
public static class Delta
{
    /// <summary>The changes since <paramref name="deltaLink"/>, a link kept from an earlier round, used exactly as given.</summary>
    public static Task<DeltaPage> GetChangesAsync(IRequestAdapter adapter, string deltaLink, CancellationToken cancellationToken = default) =>
        GetChangesAsync(adapter, Pager.Follow(new RequestInformation(), deltaLink), cancellationToken);

    /// <summary>The changes a first delta request returns, such as <c>client.Me.Drive.Root.Delta.ToGetRequestInformation()</c> (with token=latest to start from now).</summary>
    /// <exception cref="DeltaResyncRequiredException">The token is no longer usable.</exception>
    public static async Task<DeltaPage> GetChangesAsync(IRequestAdapter adapter, RequestInformation first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(first);
        var changes = new List<DriveItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var request = first;
        try
        {
            while (true)
            {
                var page = await GraphJson.SendAsync(adapter, request, DriveItemDeltaResponse.ReadJson, cancellationToken).ConfigureAwait(false);
                changes.AddRange(page?.Value ?? new List<DriveItem>());
                if (!string.IsNullOrEmpty(page?.OdataDeltaLink))
                {
                    return new DeltaPage(changes, page.OdataDeltaLink);
                }

                var next = page?.OdataNextLink;
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
