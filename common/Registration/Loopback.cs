using System;

namespace OneDriveGen.Common.Registration;

/// <summary>
/// What a loopback host is, once for the generator, the build task and the runtime, after Microsoft's reply-URL
/// rules: <c>localhost</c> and <c>127.0.0.1</c> may use plain http; <c>[::1]</c> is loopback too, but Microsoft
/// does not accept it in a redirect URI. Other addresses of 127.0.0.0/8 are not loopback here: Microsoft names
/// 127.0.0.1 alone, and a spec or setting that says 127.0.0.2 is more likely a mistake than an emulator.
/// </summary>
internal static class Loopback
{
    /// <summary>The hosts that may use http: an emulator, a loopback redirect receiver.</summary>
    public static bool IsLoopbackHost(string host) => IsRedirectHost(host) || IsIPv6(host);

    /// <summary>The loopback hosts Microsoft accepts in an http redirect URI.</summary>
    public static bool IsRedirectHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host == "127.0.0.1";

    /// <summary>The IPv6 loopback, bracketed as in a URI (<c>[::1]</c>) or bare.</summary>
    public static bool IsIPv6(string host) => host is "[::1]" or "::1";

    /// <summary>An http URL to a loopback host (the one case where https is not required).</summary>
    public static bool IsLoopbackHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp && IsLoopbackHost(uri.Host);

    /// <summary>An absolute https URL, or http to a loopback host.</summary>
    public static bool IsSecureOrLoopback(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || IsLoopbackHttp(uri);
}
