using System;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Runtime.Tests;

/// <summary>An emulator, options pointing at it, and the runtime's pieces wired the way an app wires them.</summary>
public sealed class RuntimeHarness : IAsyncDisposable
{
    private RuntimeHarness(OneDriveEmulator emulator, OneDriveOptions options)
    {
        Emulator = emulator;
        Options = options;
        Time = new EmulatorTime(emulator.Clock);
        Http = new HttpClient();
        SignIn = new OneDriveSignIn(options, new TokenClient(Http, Time));
        Store = new InMemoryTokenStore();
    }

    public OneDriveEmulator Emulator { get; }

    public OneDriveOptions Options { get; }

    public EmulatorTime Time { get; }

    public HttpClient Http { get; }

    public OneDriveSignIn SignIn { get; }

    public InMemoryTokenStore Store { get; }

    /// <summary>The request of the item at <paramref name="path"/> under the drive root: what an upload targets.</summary>
    public static RequestInformation Target(IRequestAdapter adapter, string path) =>
        new OneDriveClient(adapter).Me.Drive.Root.ItemWithPath(path).ToGetRequestInformation();

    public static async Task<RuntimeHarness> StartAsync(bool confidential = false, Action<EmulatorOptions>? emulatorOptions = null, Action<OneDriveOptions>? configure = null)
    {
        var settings = new EmulatorOptions();
        emulatorOptions?.Invoke(settings);
        var emulator = await OneDriveEmulator.StartAsync(settings);
        var app = confidential ? AppRegistration.TestConfidentialClient : AppRegistration.TestPublicClient;
        var options = new OneDriveOptions
        {
            ClientId = app.ClientId,
            ClientSecret = app.ClientSecret,
            RedirectUri = confidential ? "http://127.0.0.1/callback" : "http://localhost",
            AuthorityHost = emulator.AuthorityHost,
            LiveHost = emulator.LiveHost,
            GraphBaseUrl = emulator.GraphBaseUrl,
        };
        configure?.Invoke(options);
        return new RuntimeHarness(emulator, options);
    }

    public OneDriveTokenProvider Provider(TimeProvider? time = null) => new(SignIn, Store, Options, time ?? Time);

    /// <summary>Signs in through the authorize and token endpoints and returns the client, its adapter and the provider.</summary>
    public async Task<(OneDriveClient Client, IRequestAdapter Adapter, OneDriveTokenProvider Provider)> SignInAsync(TimeProvider? time = null)
    {
        var session = SignIn.Begin();
        var provider = Provider(time);
        await provider.SignedInAsync(await SignIn.CompleteAsync(session, await AuthorizeRedirectAsync(session)));
        var adapter = OneDriveClientFactory.CreateAdapter(Options, provider);
        return (new OneDriveClient(adapter), adapter, provider);
    }

    /// <summary>The client, its adapter and the provider, for tokens already obtained (another flow's).</summary>
    public async Task<(OneDriveClient Client, IRequestAdapter Adapter, OneDriveTokenProvider Provider)> SignedInWithAsync(TokenSet tokens)
    {
        var provider = Provider();
        await provider.SignedInAsync(tokens);
        var adapter = OneDriveClientFactory.CreateAdapter(Options, provider);
        return (new OneDriveClient(adapter), adapter, provider);
    }

    /// <summary>Plays the browser: follows the authorize redirect to wherever it points (the loopback receiver).</summary>
    public async Task BrowseAsync(Uri url)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true });
        using var response = await browser.GetAsync(url);
        LastBrowserPage = await response.Content.ReadAsStringAsync();
    }

    public string? LastBrowserPage { get; private set; }

    /// <summary>Runs the authorize leg without a receiver and returns the redirect URL the browser would open.</summary>
    public async Task<string> AuthorizeRedirectAsync(AuthorizationSession session)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var response = await client.GetAsync(session.AuthorizationUri);
        return response.Headers.Location!.OriginalString;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}

/// <summary>The runtime's clock following the emulator's, so expiry is judged alike.</summary>
public sealed class EmulatorTime(EmulatorClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.UtcNow;
}

/// <summary>Progress reported on the calling thread (Progress&lt;T&gt; would post to the thread pool, too late to assert on).</summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
