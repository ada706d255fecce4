using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// Receives the authorization redirect on a loopback address (RFC 8252): listens on the redirect URI's port, or a
/// free one, accepts exactly one redirect to its path, answers the browser with a short page and stops.
/// </summary>
public sealed class LoopbackRedirectReceiver : IAsyncDisposable
{
    private const int MaxHeaderBytes = 16 * 1024;
    private readonly List<TcpListener> _listeners = new();
    private readonly string _path;

    private LoopbackRedirectReceiver(string redirectUri, string path)
    {
        RedirectUri = redirectUri;
        _path = path;
    }

    /// <summary>The redirect URI to send, with the port actually listened on.</summary>
    public string RedirectUri { get; }

    /// <summary>Starts listening for <paramref name="redirectUri"/> (http://localhost or http://127.0.0.1, any path).</summary>
    /// <exception cref="ArgumentException">The URI is not an http loopback URI.</exception>
    public static LoopbackRedirectReceiver Start(string redirectUri)
    {
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || !uri.IsLoopback)
        {
            throw new ArgumentException($"A loopback receiver needs an http://localhost or http://127.0.0.1 redirect URI; got '{redirectUri}'.", nameof(redirectUri));
        }

        // No port in the URI: any free one will do, since the identity platform ignores loopback ports (RFC 8252).
        var first = new TcpListener(IPAddress.Loopback, HasExplicitPort(redirectUri) ? uri.Port : 0);
        first.Start();
        var bound = ((IPEndPoint)first.LocalEndpoint).Port;
        var actual = new UriBuilder(uri) { Port = bound }.Uri.AbsoluteUri;
        var receiver = new LoopbackRedirectReceiver(uri.AbsolutePath == "/" ? actual.TrimEnd('/') : actual, uri.AbsolutePath);
        receiver._listeners.Add(first);
        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && Socket.OSSupportsIPv6)
        {
            // Browsers may resolve localhost to ::1 first.
            try
            {
                var v6 = new TcpListener(IPAddress.IPv6Loopback, bound);
                v6.Start();
                receiver._listeners.Add(v6);
            }
            catch (SocketException)
            {
                // No IPv6 loopback here; IPv4 is enough.
            }
        }

        return receiver;
    }

    private static bool HasExplicitPort(string uri)
    {
        var start = uri.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = uri.IndexOfAny(new[] { '/', '?', '#' }, start);
        var authority = end < 0 ? uri[start..] : uri[start..end];
        return authority.LastIndexOf(':') > authority.LastIndexOf(']');
    }

    /// <summary>Waits for the one redirect and returns its code.</summary>
    /// <exception cref="AuthorizationException">The redirect carries an error (access_denied …) or a wrong state, or none came within <paramref name="timeout"/> (error timeout).</exception>
    public async Task<string> WaitForCodeAsync(string expectedState, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                using var client = await AcceptAnyAsync(deadline.Token).ConfigureAwait(false);
                var stream = client.GetStream();
                var target = await ReadTargetAsync(stream, deadline.Token).ConfigureAwait(false);
                var path = target?.Split('?')[0];
                if (target is null || !string.Equals(path, _path, StringComparison.Ordinal))
                {
                    await RespondAsync(stream, 404, "Not found.", deadline.Token).ConfigureAwait(false);
                    continue;
                }

                var parameters = RedirectParser.Parse(target);
                try
                {
                    var code = RedirectParser.FromParameters(parameters, expectedState);
                    await RespondAsync(stream, 200, "Signed in. You can close this window and return to the app.", deadline.Token).ConfigureAwait(false);
                    return code;
                }
                catch (AuthorizationException ex)
                {
                    await RespondAsync(stream, 400, "Sign-in did not complete: " + ex.Message + " You can close this window.", deadline.Token).ConfigureAwait(false);
                    throw;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AuthorizationException("timeout", null, $"No sign-in redirect arrived at {RedirectUri} within {timeout.TotalSeconds:0} seconds.");
        }
        finally
        {
            Stop();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        foreach (var listener in _listeners)
        {
            listener.Stop();
        }
    }

    private async Task<TcpClient> AcceptAnyAsync(CancellationToken cancellationToken)
    {
        var accepts = new List<Task<TcpClient>>();
        foreach (var listener in _listeners)
        {
            accepts.Add(listener.AcceptTcpClientAsync(cancellationToken).AsTask());
        }

        var first = await Task.WhenAny(accepts).ConfigureAwait(false);
        return await first.ConfigureAwait(false);
    }

    private static async Task<string?> ReadTargetAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeaderBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (Encoding.ASCII.GetString(buffer, 0, length).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }

        var requestLine = Encoding.ASCII.GetString(buffer, 0, length).Split("\r\n")[0].Split(' ');
        return requestLine.Length == 3 && requestLine[0] == "GET" ? requestLine[1] : null;
    }

    private static async Task RespondAsync(NetworkStream stream, int status, string message, CancellationToken cancellationToken)
    {
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OneDrive sign-in</title></head><body><p>" + WebUtility.HtmlEncode(message) + "</p></body></html>";
        var body = Encoding.UTF8.GetBytes(html);
        var reason = status switch { 200 => "OK", 404 => "Not Found", _ => "Bad Request" };
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n");
        await stream.WriteAsync(head, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }
}
