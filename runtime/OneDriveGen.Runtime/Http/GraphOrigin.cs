using System;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// The origin (scheme, host and port) of a Graph base URL: where a bearer token may go. Everything else, download
/// and upload hosts included even when they share the host name (as an emulator's ports do), gets no token.
/// </summary>
internal sealed class GraphOrigin
{
    private readonly string _scheme;
    private readonly string _host;
    private readonly int _port;

    public GraphOrigin(Uri graphBaseUrl)
    {
        _scheme = graphBaseUrl.Scheme;
        _host = graphBaseUrl.IdnHost;
        _port = graphBaseUrl.Port;
        Host = graphBaseUrl.Host;
    }

    /// <summary>The host name, for Kiota's AllowedHostsValidator.</summary>
    public string Host { get; }

    /// <summary>Whether <paramref name="uri"/> is on this origin; Scheme and IdnHost are cached by Uri, so this allocates nothing.</summary>
    public bool Contains(Uri? uri) =>
        uri is not null && uri.IsAbsoluteUri && uri.Port == _port
        && string.Equals(uri.Scheme, _scheme, StringComparison.Ordinal)
        && string.Equals(uri.IdnHost, _host, StringComparison.OrdinalIgnoreCase);
}
