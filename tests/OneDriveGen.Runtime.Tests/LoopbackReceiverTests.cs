using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The loopback receiver on a hostile localhost: silent and closed connections, forged error redirects, a port
/// someone else holds on [::1]. Each case is a real socket.
/// </summary>
public sealed class LoopbackReceiverTests
{
    private const string State = "the-state-of-this-sign-in";

    [Fact]
    public async Task A_silent_connection_does_not_hold_up_the_real_redirect()
    {
        await using var receiver = LoopbackRedirectReceiver.Start("http://127.0.0.1/cb");
        var waiting = receiver.WaitForCodeAsync(State, TimeSpan.FromSeconds(30));
        using var preconnect = new TcpClient();
        await preconnect.ConnectAsync(IPAddress.Loopback, new Uri(receiver.RedirectUri).Port); // and says nothing

        var page = await GetAsync(receiver.RedirectUri + $"?code=C0DE&state={State}");

        Assert.Equal(HttpStatusCode.OK, page);
        Assert.Equal("C0DE", await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_connection_that_closes_at_once_ends_only_itself()
    {
        await using var receiver = LoopbackRedirectReceiver.Start("http://127.0.0.1/cb");
        var waiting = receiver.WaitForCodeAsync(State, TimeSpan.FromSeconds(30));
        var port = new Uri(receiver.RedirectUri).Port;
        for (var i = 0; i < 5; i++)
        {
            using var hangUp = new TcpClient();
            await hangUp.ConnectAsync(IPAddress.Loopback, port);
            await hangUp.GetStream().WriteAsync("GET /elsewhere HTTP/1.1\r\n\r\n"u8.ToArray());
            hangUp.Client.LingerState = new LingerOption(true, 0); // a reset, not a goodbye
        }

        await GetAsync(receiver.RedirectUri + $"?code=C0DE&state={State}");

        Assert.Equal("C0DE", await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData("?error=access_denied&error_description=forged")]                 // no state
    [InlineData("?error=access_denied&state=guessed")]                            // another state
    [InlineData("?code=ATTACKERS&state=the-state-of-this-sign-in-but-longer")]    // a code for another sign-in
    public async Task A_redirect_with_another_state_is_answered_400_and_ignored(string forged)
    {
        await using var receiver = LoopbackRedirectReceiver.Start("http://127.0.0.1/cb");
        var waiting = receiver.WaitForCodeAsync(State, TimeSpan.FromSeconds(30));

        var refused = await GetAsync(receiver.RedirectUri + forged);
        var real = await GetAsync(receiver.RedirectUri + $"?code=C0DE&state={State}");

        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal(HttpStatusCode.OK, real);
        Assert.Equal("C0DE", await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task The_sign_in_s_own_error_redirect_ends_it()
    {
        await using var receiver = LoopbackRedirectReceiver.Start("http://127.0.0.1/cb");
        var waiting = receiver.WaitForCodeAsync(State, TimeSpan.FromSeconds(30));

        await GetAsync(receiver.RedirectUri + $"?error=access_denied&error_description=The+user+declined&state={State}");
        var error = await Assert.ThrowsAsync<AuthorizationException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(error.UserDeclined);
    }

    [Fact]
    public void A_fixed_localhost_port_held_by_another_program_on_IPv6_fails_loudly()
    {
        using var squatter = new TcpListener(IPAddress.IPv6Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var error = Assert.Throws<AuthorizationException>(() => LoopbackRedirectReceiver.Start($"http://localhost:{port}"));

        Assert.Equal("port_in_use", error.Error);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_free_localhost_port_is_held_on_both_loopbacks()
    {
        await using var receiver = LoopbackRedirectReceiver.Start("http://localhost");
        var port = new Uri(receiver.RedirectUri).Port;

        var v4 = Assert.Throws<SocketException>(() => new TcpListener(IPAddress.Loopback, port).Start());
        var v6 = Assert.Throws<SocketException>(() => new TcpListener(IPAddress.IPv6Loopback, port).Start());

        Assert.Equal(SocketError.AddressAlreadyInUse, v4.SocketErrorCode);
        Assert.Equal(SocketError.AddressAlreadyInUse, v6.SocketErrorCode);
    }

    private static async Task<HttpStatusCode> GetAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync(url);
        return response.StatusCode;
    }
}
