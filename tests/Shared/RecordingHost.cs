using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneDriveGen.Tests.Shared;

/// <summary>
/// A small HTTP server on a free loopback port that answers as the test says and records every request's
/// Authorization header: a fake Graph that hands out links, or the foreign host those links point to.
/// </summary>
internal sealed class RecordingHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Such as http://127.0.0.1:41234, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Every request received: method, path and query, and the Authorization header (null when none).</summary>
    public ConcurrentQueue<(string Method, string Target, string? Authorization)> Requests { get; } = new();

    public static async Task<RecordingHost> StartAsync(Func<HttpContext, Task> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        RecordingHost? host = null;
        app.Run(async context =>
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            host!.Requests.Enqueue((context.Request.Method, context.Request.Path + context.Request.QueryString, authorization.Length == 0 ? null : authorization));
            await answer(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host = new RecordingHost(app, address.TrimEnd('/'));
        return host;
    }

    /// <summary>Writes <paramref name="json"/> with the given status.</summary>
    public static Task JsonAsync(HttpContext context, string json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
