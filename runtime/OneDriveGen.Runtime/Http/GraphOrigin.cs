using System;
using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// The origins (scheme, host and port) a bearer token may go to: the Graph base URL's, and those the user
/// explicitly trusts. Everything else, download and upload hosts included even when they share the host name (as an
/// emulator's ports do), gets no token.
/// </summary>
internal sealed class GraphOrigin
{
    private readonly (string Scheme, string Host, int Port)[] _origins;

    public GraphOrigin(Uri graphBaseUrl, IEnumerable<string>? trustedOrigins = null)
    {
        var all = new[] { graphBaseUrl }.Concat((trustedOrigins ?? Array.Empty<string>()).Select(Parse)).ToList();
        _origins = all.Select(u => (u.Scheme, u.IdnHost, u.Port)).ToArray();
        Hosts = all.Select(u => u.Host).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>The host names, for Kiota's AllowedHostsValidator.</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>The Graph base URL's host name.</summary>
    public string Host => Hosts[0];

    /// <summary>Whether <paramref name="uri"/> is on one of these origins; Scheme and IdnHost are cached by Uri, so this allocates nothing.</summary>
    public bool Contains(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return false;
        }

        foreach (var (scheme, host, port) in _origins)
        {
            if (uri.Port == port && string.Equals(uri.Scheme, scheme, StringComparison.Ordinal) && string.Equals(uri.IdnHost, host, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="origin"/> is an origin a token may be trusted to: https (http only on loopback), no path, query or fragment.</summary>
    public static bool IsValidOrigin(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && Loopback.IsSecureOrLoopback(uri)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;

    private static Uri Parse(string origin) =>
        IsValidOrigin(origin) ? new Uri(origin) : throw new ArgumentException($"'{origin}' is not an origin a token can be trusted to: https://host[:port], http only for loopback, nothing after the port.", nameof(origin));
}
