using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// Receives the authorization redirect on a loopback address (RFC 8252): listens on the redirect URI's port, or a
/// free one, on every address the URI's host names, and takes the first redirect to its path that carries the
/// sign-in's state. Each connection is served on its own with a short timeout, so a silent or closed connection (a
/// browser preconnect, a port scan) neither blocks nor ends the sign-in; a redirect with another state (a forged
/// <c>?error=…</c> from a local process or a web page that guessed the port) is answered 400 and ignored.
/// </summary>
public sealed class LoopbackRedirectReceiver : IAsyncDisposable
{
    private const int MaxHeaderBytes = 16 * 1024;
    private const int FreePortAttempts = 10;
    private readonly List<TcpListener> _listeners = new();
    private readonly string _path;

    private LoopbackRedirectReceiver(string redirectUri, string path)
    {
        RedirectUri = redirectUri;
        _path = path;
    }

    /// <summary>The redirect URI to send, with the port actually listened on.</summary>
    public string RedirectUri { get; }

    /// <summary>How long one connection may take to send its request line and headers.</summary>
    public static TimeSpan ConnectionTimeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Starts listening for <paramref name="redirectUri"/> (http://localhost or http://127.0.0.1, any path).</summary>
    /// <exception cref="ArgumentException">The URI is not an http loopback URI.</exception>
    public static LoopbackRedirectReceiver Start(string redirectUri)
    {
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) || !Loopback.IsLoopbackHttp(uri))
        {
            throw new ArgumentException($"A loopback receiver needs an http://localhost or http://127.0.0.1 redirect URI; got '{redirectUri}'.", nameof(redirectUri));
        }

        // No port in the URI: any free one will do, since the identity platform ignores loopback ports (RFC 8252).
        var explicitPort = HasExplicitPort(redirectUri);
        var localhost = uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
        for (var attempt = 1; ; attempt++)
        {
            var listeners = new List<TcpListener>();
            try
            {
                var first = Listen(localhost ? IPAddress.Loopback : IPAddress.Parse(uri.Host.Trim('[', ']')), explicitPort ? uri.Port : 0);
                listeners.Add(first);
                var bound = ((IPEndPoint)first.LocalEndpoint).Port;
                if (localhost && Socket.OSSupportsIPv6 && Listen6(bound) is { } v6)
                {
                    // Browsers may resolve localhost to ::1 first: whoever holds [::1]:port would get the code.
                    listeners.Add(v6);
                }

                var actual = new UriBuilder(uri) { Port = bound }.Uri.AbsoluteUri;
                var receiver = new LoopbackRedirectReceiver(uri.AbsolutePath == "/" ? actual.TrimEnd('/') : actual, uri.AbsolutePath);
                receiver._listeners.AddRange(listeners);
                return receiver;
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                listeners.ForEach(l => l.Stop());
                if (explicitPort)
                {
                    throw new AuthorizationException("port_in_use", null, $"Port {uri.Port} of {uri.Host} is already in use by another program, so it could receive the sign-in's code: close it, or use a redirect URI without a port.");
                }

                if (attempt == FreePortAttempts)
                {
                    throw new AuthorizationException("port_in_use", null, "No loopback port was free on both IPv4 and IPv6 for the sign-in's redirect.");
                }
            }
        }
    }

    private static TcpListener Listen(IPAddress address, int port)
    {
        var listener = new TcpListener(address, port);
        listener.Server.ExclusiveAddressUse = true;
        listener.Start();
        return listener;
    }

    // Null where the machine has no IPv6 loopback; a port someone else holds there is an error, never ignored.
    private static TcpListener? Listen6(int port)
    {
        try
        {
            return Listen(IPAddress.IPv6Loopback, port);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressFamilyNotSupported or SocketError.AddressNotAvailable or SocketError.ProtocolNotSupported)
        {
            return null;
        }
    }

    private static bool HasExplicitPort(string uri)
    {
        var start = uri.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = uri.IndexOfAny(new[] { '/', '?', '#' }, start);
        var authority = end < 0 ? uri[start..] : uri[start..end];
        return authority.LastIndexOf(':') > authority.LastIndexOf(']');
    }

    /// <summary>Waits for the redirect that carries <paramref name="expectedState"/> and returns its code.</summary>
    /// <exception cref="AuthorizationException">The sign-in's redirect carries an error (access_denied …) or no code, or none came within <paramref name="timeout"/> (error timeout).</exception>
    public async Task<string> WaitForCodeAsync(string expectedState, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(expectedState);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var outcome = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepting = _listeners.Select(listener => AcceptAsync(listener, expectedState, outcome, deadline.Token)).ToList();
        try
        {
            using (deadline.Token.Register(() => outcome.TrySetCanceled(deadline.Token)))
            {
                return await outcome.Task.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AuthorizationException("timeout", null, $"No sign-in redirect arrived at {RedirectUri} within {timeout.TotalSeconds:0} seconds.");
        }
        finally
        {
            await deadline.CancelAsync().ConfigureAwait(false);
            Stop();
            await Task.WhenAll(accepting).ConfigureAwait(false);
        }
    }

    private async Task AcceptAsync(TcpListener listener, string expectedState, TaskCompletionSource<string> outcome, CancellationToken cancellationToken)
    {
        var connections = new List<Task>();
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                break;
            }

            connections.Add(ServeAsync(client, expectedState, outcome, cancellationToken));
            connections.RemoveAll(c => c.IsCompleted);
        }

        await Task.WhenAll(connections).ConfigureAwait(false);
    }

    // One connection, on its own clock: whatever it does (nothing, a reset, garbage) ends only this connection.
    private async Task ServeAsync(TcpClient client, string expectedState, TaskCompletionSource<string> outcome, CancellationToken cancellationToken)
    {
        using (client)
        using (var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connection.CancelAfter(ConnectionTimeout);
            Action? complete = null;
            try
            {
                var stream = client.GetStream();
                var target = await ReadTargetAsync(stream, connection.Token).ConfigureAwait(false);
                var (status, message, settle) = Judge(target, expectedState);
                complete = settle is null ? null : () => settle(outcome);
                await RespondAsync(stream, status, message, connection.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // This connection alone failed (closed, silent, reset); the sign-in goes on.
            }
            finally
            {
                complete?.Invoke();
            }
        }
    }

    private (int Status, string Message, Action<TaskCompletionSource<string>>? Settle) Judge(string? target, string expectedState)
    {
        if (target is null || !string.Equals(target.Split('?')[0], _path, StringComparison.Ordinal))
        {
            return (404, "Not found.", null);
        }

        var parameters = RedirectParser.Parse(target);
        if (!RedirectParser.IsForSession(parameters, expectedState))
        {
            return (400, "This is not the redirect of the sign-in in progress; it was ignored.", null);
        }

        try
        {
            var code = RedirectParser.FromParameters(parameters, expectedState);
            return (200, "Signed in. You can close this window and return to the app.", o => o.TrySetResult(code));
        }
        catch (AuthorizationException ex)
        {
            return (400, "Sign-in did not complete: " + ex.Message + " You can close this window.", o => o.TrySetException(ex));
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
