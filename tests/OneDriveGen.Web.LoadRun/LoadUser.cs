using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace OneDriveGen.Web.LoadRun;

/// <summary>One app user of the load run: a cookie jar, signed in and connected once, then browsing.</summary>
internal sealed partial class LoadUser : IDisposable
{
    private readonly HttpClient _http;

    public LoadUser(CookieContainer? cookies = null) =>
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = true, MaxAutomaticRedirections = 10 }) { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Signs in to the app as <paramref name="name"/> and connects OneDrive (the emulator consents at once).</summary>
    public async Task ConnectAsync(string baseUrl, string name)
    {
        await PostFormAsync(baseUrl, "/signin", new() { ["name"] = name });
        var browse = await PostFormAsync(baseUrl, "/onedrive/connect", new());
        if (!browse.Contains("<table id=\"items\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{name} did not get connected.");
        }
    }

    /// <summary>One page view; true when the folder rendered.</summary>
    public async Task<bool> BrowseAsync(string baseUrl, string path)
    {
        using var response = await _http.GetAsync($"{baseUrl}/browse?path={Uri.EscapeDataString(path)}");
        var page = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK && page.Contains("<table id=\"items\"", StringComparison.Ordinal);
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> PostFormAsync(string baseUrl, string action, Dictionary<string, string> fields)
    {
        // The form's antiforgery token comes from the page that shows it: the sign-in page, or the home page.
        var formPage = await _http.GetStringAsync(baseUrl + (action == "/signin" ? "/signin" : "/"));
        var token = Token().Match(formPage);
        fields[token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value);
        using var response = await _http.PostAsync(baseUrl + action, new FormUrlEncodedContent(fields));
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\">")]
    private static partial Regex Token();
}
