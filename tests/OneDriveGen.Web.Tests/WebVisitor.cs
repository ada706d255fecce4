using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Web.Tests;

/// <summary>
/// A browser without JavaScript: cookies, redirects followed by hand (each hop visible), forms posted with their
/// antiforgery token. Drives the sample and the emulator's sign-in pages over real loopback sockets.
/// </summary>
internal sealed partial class WebVisitor : IDisposable
{
    private readonly HttpClient _http;

    public WebVisitor(string baseUrl, CookieContainer? cookies = null)
    {
        BaseUrl = baseUrl;
        Cookies = cookies ?? new CookieContainer();
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true }) { Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The browser's cookie jar; a second visitor on it is the same person on another node.</summary>
    public CookieContainer Cookies { get; }

    public string BaseUrl { get; }

    /// <summary>The last page's address and HTML.</summary>
    public Uri Address { get; private set; } = new("about:blank");

    public string Page { get; private set; } = string.Empty;

    public HttpStatusCode Status { get; private set; }

    /// <summary>Every address the last navigation passed through, redirects included.</summary>
    public List<Uri> Hops { get; } = new();

    public Task GoAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, Absolute(url)));

    /// <summary>Posts a form of the current page (found by its action) with its antiforgery token and <paramref name="fields"/>.</summary>
    public Task SubmitAsync(string action, params (string Name, string Value)[] fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        if (AntiforgeryToken().Match(Page) is { Success: true } token)
        {
            values.Add(new(token.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[2].Value)));
        }

        foreach (var (name, value) in fields)
        {
            values.Add(new(name, value));
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, Absolute(action)) { Content = new FormUrlEncodedContent(values) });
    }

    /// <summary>Posts multipart content (a file upload form).</summary>
    public Task SubmitMultipartAsync(string action, MultipartFormDataContent content)
    {
        if (AntiforgeryToken().Match(Page) is { Success: true } token)
        {
            content.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[2].Value)), token.Groups[1].Value);
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, Absolute(action)) { Content = content });
    }

    /// <summary>The emulator's consent page: Accept or Decline, posted back to the authorize URL.</summary>
    public Task ConsentAsync(string decision, string? account = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match hidden in Hidden().Matches(Page))
        {
            fields.Add(new(hidden.Groups[1].Value, WebUtility.HtmlDecode(hidden.Groups[2].Value)));
        }

        if (account is not null)
        {
            fields.Add(new("account", account));
        }

        fields.Add(new("consent", decision));
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, Address) { Content = new FormUrlEncodedContent(fields) });
    }

    public async Task SignInAsync(string appUser)
    {
        await GoAsync("/signin");
        await SubmitAsync("/signin", ("name", appUser));
        Assert.Contains("Signed in as " + appUser, Page, StringComparison.Ordinal);
    }

    /// <summary>Connect → the emulator's consent page → <paramref name="decision"/> → back at the callback.</summary>
    public async Task ConnectAsync(string decision = "accept", string? account = null)
    {
        await GoAsync("/");
        await SubmitAsync("/onedrive/connect");
        Assert.Contains("Permissions requested", Page, StringComparison.Ordinal);
        await ConsentAsync(decision, account);
    }

    /// <summary>Reloads the current page (as its refresh tag does) until it contains <paramref name="text"/>.</summary>
    public async Task ReloadUntilAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Page.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            await GoAsync(Address.ToString());
        }

        Assert.Contains(text, Page, StringComparison.Ordinal);
    }

    /// <summary>The home page says this app user has no OneDrive connection (nothing was stored for them).</summary>
    public async Task AssertNotConnectedAsync()
    {
        await GoAsync("/");
        Assert.Contains("not connected", Page, StringComparison.Ordinal);
    }

    public void Dispose() => _http.Dispose();

    private async Task SendAsync(HttpRequestMessage request)
    {
        Hops.Clear();
        for (var hops = 0; hops < 10; hops++)
        {
            using var response = await _http.SendAsync(request);
            Address = request.RequestUri!;
            Hops.Add(Address);
            Status = response.StatusCode;
            Page = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is null)
            {
                return;
            }

            request = new HttpRequestMessage(HttpMethod.Get, new Uri(Address, response.Headers.Location));
        }

        throw new InvalidOperationException("More than 10 redirects.");
    }

    private Uri Absolute(string url) => new(new Uri(BaseUrl), url);

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\">")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"/>")]
    private static partial Regex Hidden();
}
