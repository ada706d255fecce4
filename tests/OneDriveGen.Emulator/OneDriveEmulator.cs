using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneDriveGen.Emulator.Content;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Emulator.Graph;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator;

/// <summary>
/// An offline emulator of login.microsoftonline.com, login.live.com, graph.microsoft.com and the OneDrive content
/// hosts, on two loopback ports. <c>await using var emulator = await OneDriveEmulator.StartAsync();</c>
/// </summary>
public sealed class OneDriveEmulator : IAsyncDisposable
{
    private readonly WebApplication _main;
    private readonly WebApplication _content;
    private readonly EmulatorState _state;

    private OneDriveEmulator(WebApplication main, WebApplication content, EmulatorState state)
    {
        _main = main;
        _content = content;
        _state = state;
    }

    /// <summary>http://127.0.0.1:{port}: the AuthorityHost and LiveHost to configure.</summary>
    public Uri BaseAddress => new(_state.MainBase);

    /// <summary>The identity host: token endpoint {AuthorityHost}/{tenant}/oauth2/v2.0/token.</summary>
    public string AuthorityHost => _state.MainBase;

    /// <summary>The legacy Live host: {LiveHost}/oauth20_token.srf.</summary>
    public string LiveHost => _state.MainBase;

    /// <summary>The Graph base URL: http://127.0.0.1:{port}/v1.0.</summary>
    public string GraphBaseUrl => _state.MainBase + "/v1.0";

    /// <summary>The download and upload host, a different origin.</summary>
    public string ContentBaseUrl => _state.ContentBase;

    /// <summary>The registered apps.</summary>
    public IReadOnlyCollection<AppRegistration> Apps => _state.Apps.Values.ToList();

    /// <summary>The emulated drive.</summary>
    public DriveStore Drive => _state.Drive;

    /// <summary>The emulator's clock; advance it to expire codes, tokens and sessions.</summary>
    public EmulatorClock Clock => _state.Options.Clock;

    /// <summary>The faults in force; add more while running.</summary>
    public FaultInjector Faults => _state.Faults;

    /// <summary>Every request served so far.</summary>
    public RequestLog Requests => _state.Requests;

    /// <summary>Starts both hosts on 127.0.0.1 and returns when they listen.</summary>
    public static async Task<OneDriveEmulator> StartAsync(EmulatorOptions? options = null, Action<ILoggingBuilder>? configureLogging = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var drive = new DriveStore(options.ItemIdStyle, options.DataDirectory, () => options.Clock.UtcNow);
        if (options.SeedDrive && !drive.Restored)
        {
            DriveSeed.Populate(drive);
        }

        foreach (var (folder, count) in options.FillFolders)
        {
            for (var i = 0; i < count; i++)
            {
                drive.AddFile(folder, "file" + i.ToString("00000", CultureInfo.InvariantCulture) + ".txt", new byte[] { 1 });
            }
        }

        // Every further account gets a drive of its own, seeded like the first, kept in memory.
        var others = new Dictionary<string, DriveStore>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in options.Accounts.Skip(1))
        {
            var other = new DriveStore(options.ItemIdStyle, null, () => options.Clock.UtcNow, freshDriveId: true);
            if (options.SeedDrive)
            {
                DriveSeed.Populate(other);
            }

            others[account.Login] = other;
        }

        var state = new EmulatorState(options, drive, others);
        var main = Build(options.Port, configureLogging, state, FaultHost.Main, DispatchMainAsync);
        var content = Build(options.ContentPort, configureLogging, state, FaultHost.Content, ContentHost.HandleAsync);
        try
        {
            await main.StartAsync(cancellationToken);
            await content.StartAsync(cancellationToken);
        }
        catch
        {
            // A taken port: release what did start, then let the caller see Kestrel's error.
            await main.DisposeAsync();
            await content.DisposeAsync();
            drive.Dispose();
            throw;
        }

        state.MainBase = AddressOf(main);
        state.ContentBase = AddressOf(content);
        return new OneDriveEmulator(main, content, state);
    }

    /// <summary>Registers one more app.</summary>
    public void RegisterApp(AppRegistration app) => _state.Apps[app.ClientId] = app;

    /// <summary>
    /// Issues tokens directly, as if <paramref name="clientId"/> had completed the authorization code flow: for tests
    /// of Graph behaviour that do not exercise sign-in.
    /// </summary>
    public (string AccessToken, string? RefreshToken) IssueTokens(string clientId, string scopes = "offline_access files.readwrite.all", EmulatorAccount? account = null) =>
        _state.Tokens.Issue(clientId, AuthorizeEndpoint.SplitScopes(scopes), account is null ? string.Empty : _state.KeyOf(account));

    /// <summary>The drive of <paramref name="account"/> (<see cref="Drive"/> for the default one).</summary>
    public DriveStore DriveOf(EmulatorAccount account) => _state.DriveOf(_state.KeyOf(account));

    /// <summary>Revokes every token of a client, as a password change or an administrator would.</summary>
    public void RevokeTokens(string clientId) => _state.Tokens.RevokeAll(clientId);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _main.StopAsync();
        await _content.StopAsync();
        await _main.DisposeAsync();
        await _content.DisposeAsync();
        foreach (var drive in _state.AllDrives)
        {
            drive.Dispose();
        }

        _state.IdTokens.Dispose();
    }

    private static WebApplication Build(int port, Action<ILoggingBuilder>? configureLogging, EmulatorState state, FaultHost host, Func<HttpContext, EmulatorState, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);

        // ASP.NET Core logs every request URL at Information: that would print codes and pre-authenticated links.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OneDriveGen.Emulator");
        app.Run(context => RequestRecorder.InvokeAsync(context, state, host, logger, () => handler(context, state)));
        return app;
    }

    private static Task DispatchMainAsync(HttpContext context, EmulatorState state)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            return GraphEndpoint.HandleAsync(context, state);
        }

        if (path == "/oauth20_token.srf")
        {
            return TokenEndpoint.HandleAsync(context, state, "consumers", live: true);
        }

        if (path == "/devicelogin")
        {
            return DeviceLoginPage.HandleAsync(context, state);
        }

        var parts = path.Trim('/').Split('/');
        if (parts is [var tenant, "v2.0", ".well-known", "openid-configuration"])
        {
            return OpenIdMetadata.ConfigurationAsync(context, state, tenant);
        }

        if (parts is [_, "discovery", "v2.0", "keys"])
        {
            return OpenIdMetadata.KeysAsync(context, state);
        }

        if (parts.Length == 4 && parts[1] == "oauth2" && parts[2] == "v2.0")
        {
            switch (parts[3])
            {
                case "authorize":
                    return AuthorizeEndpoint.HandleAsync(context, state, parts[0]);
                case "token":
                    return TokenEndpoint.HandleAsync(context, state, parts[0], live: false);
                case "devicecode":
                    return DeviceCodeEndpoint.HandleAsync(context, state, parts[0]);
            }
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private static string AddressOf(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address.TrimEnd('/');
    }
}
