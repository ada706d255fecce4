using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Http;

namespace OneDriveGen.IdentityWeb;

/// <summary>Registers the adapter of the generated client for apps that sign users in with Microsoft.Identity.Web.</summary>
public static class OneDriveIdentityWebServiceCollectionExtensions
{
    /// <summary>
    /// Adds a scoped <see cref="IRequestAdapter"/> on <see cref="ITokenAcquisition"/> (each request's user), over one
    /// shared HttpClient; then <c>services.AddScoped&lt;OneDriveClient&gt;()</c> for the client generated in your project.
    /// </summary>
    /// <param name="services">The app's services, with Identity.Web's token acquisition enabled.</param>
    /// <param name="scopes">The delegated scopes; <see cref="OneDriveTokenAcquisition.DefaultScopes"/> when null.</param>
    /// <param name="graphBaseUrl">The Graph base URL (a national cloud, or an emulator).</param>
    public static IServiceCollection AddOneDriveWithTokenAcquisition(this IServiceCollection services, IEnumerable<string>? scopes = null, string graphBaseUrl = OneDriveClientFactory.DefaultGraphBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => new GraphHttpClient(OneDriveClientFactory.CreateHttpClient()));
        services.TryAddScoped<IRequestAdapter>(sp => OneDriveTokenAcquisition.CreateAdapter(
            sp.GetRequiredService<ITokenAcquisition>(),
            sp.GetRequiredService<GraphHttpClient>().Http,
            scopes,
            graphBaseUrl));
        return services;
    }

    // The one HttpClient of Graph calls, kept apart from any HttpClient the app registers itself.
    private sealed record GraphHttpClient(HttpClient Http);
}
