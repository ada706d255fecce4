using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneDriveGen.Emulator;
using OneDriveGen.Runtime.DependencyInjection;
using OneDriveGen.Runtime.Tokens;
using OneDriveGen.Web.Connections;
using OneDriveGen.Web.Endpoints;
using OneDriveGen.Web.Imports;

namespace OneDriveGen.Web;

/// <summary>The running sample: the web app, and the embedded emulator when it plays Microsoft.</summary>
public sealed class WebSample : IAsyncDisposable
{
    private WebSample(WebApplication app, OneDriveEmulator? emulator, string baseUrl)
    {
        App = app;
        Emulator = emulator;
        BaseUrl = baseUrl;
    }

    /// <summary>The web application.</summary>
    public WebApplication App { get; }

    /// <summary>The embedded emulator, when no OneDrive:ClientId is configured.</summary>
    public OneDriveEmulator? Emulator { get; }

    /// <summary>Where the sample listens, such as http://localhost:5080.</summary>
    public string BaseUrl { get; }

    /// <summary>Builds and starts the sample. <paramref name="settings"/> override configuration (tests use them).</summary>
    public static async Task<WebSample> StartAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var baseUrl = builder.Configuration["Urls"]?.Split(';')[0].TrimEnd('/') ?? $"http://localhost:{PortToUse()}";
        builder.WebHost.UseUrls(baseUrl);
        OneDriveEmulator? emulator = null;
        if (string.IsNullOrEmpty(builder.Configuration["OneDrive:ClientId"]))
        {
            emulator = await EmbeddedOneDrive.StartAsync();
            builder.Configuration.AddInMemoryCollection(EmbeddedOneDrive.Settings(emulator, baseUrl + ConnectEndpoints.CallbackPath));
        }

        Configure(builder.Services, builder.Configuration);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        AppUserEndpoints.Map(app);
        ConnectEndpoints.Map(app);
        DriveEndpoints.Map(app);
        await app.StartAsync();
        if (emulator is not null)
        {
            app.Logger.LogEmbedded(baseUrl, emulator.AuthorityHost);
        }

        return new WebSample(app, emulator, baseUrl);
    }

    /// <summary>Stops the app, then the embedded emulator.</summary>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }

    private static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = AppUserEndpoints.SignInPath;
                options.Cookie.Name = "odg-web";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            });
        services.AddAuthorization();
        services.AddAntiforgery();
        SharedState.Add(services, configuration);
        services.AddHttpClient(DriveEndpoints.ContentClientName).ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false });

        // Each app user's tokens, under their own key, protected at rest: the store every node can share.
        services.AddSingleton<ITokenStore>(sp => new DistributedCacheTokenStore(
            sp.GetRequiredService<IDistributedCache>(),
            sp.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(),
            "onedrive-web:tokens:"));
        services.AddOneDrive(configuration);
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<PendingSignIns>();
        services.AddSingleton(sp => new ImportStore(configuration["Imports:Folder"] ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "onedrivegen-web-imports")));
    }

    /// <summary>5080 (the port docs/web-sample.md registers) when it is free, else any free port.</summary>
    internal static int PortToUse(int preferred = 5080)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, preferred);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        catch (SocketException)
        {
            return PortToUse(0);
        }
    }
}

/// <summary>The sample's start-up log lines.</summary>
internal static partial class WebSampleLog
{
    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "OneDriveGen web sample on {BaseUrl}, against the embedded emulator at {Emulator} (no OneDrive:ClientId configured): sign in with any name, then connect OneDrive.")]
    public static partial void LogEmbedded(this Microsoft.Extensions.Logging.ILogger logger, string baseUrl, string emulator);
}
