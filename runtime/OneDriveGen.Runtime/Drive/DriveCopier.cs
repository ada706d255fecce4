using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OneDriveGen.Runtime.Requests;

namespace OneDriveGen.Runtime.Drive;

/// <summary>Starts long-running copies (202 Accepted + a monitor URL) and hands back a <see cref="CopyHandle"/>.</summary>
public sealed class DriveCopier
{
    private readonly IRequestAdapter _graph;
    private readonly HttpClient _monitor;

    /// <summary>Creates the copier.</summary>
    /// <param name="graph">The adapter of Graph requests (with authentication).</param>
    /// <param name="monitor">A plain HttpClient for monitor URLs: it must add no Authorization.</param>
    public DriveCopier(IRequestAdapter graph, HttpClient monitor)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _monitor = monitor ?? throw new ArgumentNullException(nameof(monitor));
    }

    /// <summary>Sends a copy request (such as <c>client.Me.Drive.Items[id].Copy.ToPostRequestInformation(body)</c>) and returns its handle.</summary>
    /// <exception cref="InvalidOperationException">The service accepted the copy without a monitor URL.</exception>
    public async Task<CopyHandle> StartAsync(RequestInformation copyRequest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(copyRequest);
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        copyRequest.AddRequestOptions(new IRequestOption[] { headers });
        await _graph.SendNoContentAsync(copyRequest, EndpointOption.ErrorMappingOf(copyRequest), cancellationToken).ConfigureAwait(false);
        var location = headers.ResponseHeaders.TryGetValue("Location", out var values) ? values.FirstOrDefault() : null;
        return location is null
            ? throw new InvalidOperationException("The copy was accepted without a Location monitor URL.")
            : new CopyHandle(_monitor, new Uri(location));
    }
}
