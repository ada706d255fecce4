using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>A running emulator and a raw HttpClient that never follows redirects, so every hop is visible.</summary>
public sealed class EmulatorHarness : IAsyncDisposable
{
    private EmulatorHarness(OneDriveEmulator emulator)
    {
        Emulator = emulator;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public OneDriveEmulator Emulator { get; }

    public HttpClient Http { get; }

    public static AppRegistration PublicApp => AppRegistration.TestPublicClient;

    public static AppRegistration WebApp => AppRegistration.TestConfidentialClient;

    public static async Task<EmulatorHarness> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions();
        configure?.Invoke(options);
        return new EmulatorHarness(await OneDriveEmulator.StartAsync(options));
    }

    /// <summary>A token for Graph calls that do not test sign-in.</summary>
    public string Token(string scopes = "offline_access files.readwrite.all") => Emulator.IssueTokens(PublicApp.ClientId, scopes).AccessToken;

    public Task<HttpResponseMessage> GraphAsync(HttpMethod method, string pathAndQuery, string? token = null, HttpContent? content = null) =>
        SendAsync(method, Emulator.GraphBaseUrl + pathAndQuery, token ?? Token(), content);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? token, HttpContent? content = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Absolute)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        configure?.Invoke(request);
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> GraphJsonAsync(string pathAndQuery, string? token = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await GraphAsync(HttpMethod.Get, pathAndQuery, token);
        return await JsonOf(response, expected);
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (verifier, challenge);
    }

    /// <summary>Runs the authorize leg and returns the code from the redirect.</summary>
    public async Task<string> AuthorizeAsync(AppRegistration app, string redirectUri, string? challenge = null, string method = "S256", string tenant = "common", string scope = "offline_access files.readwrite.all")
    {
        var query = $"client_id={app.ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(redirectUri)}&scope={Uri.EscapeDataString(scope)}&state=s1";
        if (challenge is not null)
        {
            query += $"&code_challenge={challenge}&code_challenge_method={method}";
        }

        using var response = await SendAsync(HttpMethod.Get, $"{Emulator.AuthorityHost}/{tenant}/oauth2/v2.0/authorize?{query}", token: null);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        return QueryOf(location)["code"];
    }

    public Task<HttpResponseMessage> TokenAsync(params (string Key, string Value)[] fields) =>
        Http.PostAsync(Emulator.AuthorityHost + "/common/oauth2/v2.0/token", Form(fields));

    public static Dictionary<string, string> QueryOf(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0 && uri.Fragment.Length > 0)
        {
            query = uri.Fragment.TrimStart('#');
        }

        return query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
