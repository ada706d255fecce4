using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// The Kiota middleware OneDriveGen's clients run, after refresh-on-401: retry (Retry-After on 429, 503 and 504),
/// redirects (Authorization dropped on another host), query-name decoding (<c>%24select</c> sent as
/// <c>$select</c>) and response-header inspection (used to read a copy's monitor URL). Kiota's other defaults are left
/// out because they do nothing unless asked and cost every request: the URI replacement handler (off by default)
/// and body inspection (add <see cref="BodyInspectionHandler"/> yourself to debug bodies). The User-Agent is a
/// default header of the client (<see cref="UserAgent"/>), set once rather than by a handler per request.
/// </summary>
public static class OneDriveMiddleware
{
    /// <summary>The User-Agent product sent with every Graph request: <c>OneDriveGen/{version}</c>.</summary>
    public static ProductInfoHeaderValue UserAgent { get; } = new(
        "OneDriveGen",
        typeof(OneDriveMiddleware).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    /// <summary>New instances of the handlers, outermost first (a handler belongs to one pipeline).</summary>
    public static IList<DelegatingHandler> CreateHandlers() => new List<DelegatingHandler>
    {
        new RetryHandler(),
        new RedirectHandler(),
        new ParametersNameDecodingHandler(),
        new HeadersInspectionHandler(),
    };

    /// <summary>Adds <see cref="UserAgent"/> to <paramref name="http"/>'s default headers, once.</summary>
    /// <param name="http">The client of the Graph requests.</param>
    public static void AddUserAgent(HttpClient http)
    {
        System.ArgumentNullException.ThrowIfNull(http);
        if (!http.DefaultRequestHeaders.UserAgent.Contains(UserAgent))
        {
            http.DefaultRequestHeaders.UserAgent.Add(UserAgent);
        }
    }
}
