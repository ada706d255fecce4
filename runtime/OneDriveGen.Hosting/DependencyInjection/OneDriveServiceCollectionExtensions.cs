using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Runtime.DependencyInjection;

/// <summary>
/// Registers OneDrive: options from the <c>OneDrive</c> section, sign-in, tokens, and the <see cref="Microsoft.Kiota.Abstractions.IRequestAdapter"/>
/// your generated client runs on (register it with <c>services.AddTransient&lt;OneDriveClient&gt;()</c>).
/// </summary>
public static class OneDriveServiceCollectionExtensions
{
    /// <summary>The named HttpClient of Graph calls (Kiota's middleware plus refresh-on-401).</summary>
    public const string GraphClientName = "OneDriveGen.Graph";

    /// <summary>The named HttpClient of token requests (no Authorization handler).</summary>
    public const string IdentityClientName = "OneDriveGen.Identity";

    /// <summary>
    /// Adds OneDrive from <paramref name="configuration"/>'s <c>OneDrive</c> section, validated at start-up with
    /// ODG3xxx messages. Tokens go to a protected file when TokenCachePath is set, else stay in memory.
    /// </summary>
    public static IServiceCollection AddOneDrive(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OneDriveOptions>()
            .Bind(configuration.GetSection(OneDriveOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OneDriveOptions>, OneDriveOptionsValidation>());

        services.AddHttpClient(IdentityClientName);
        services.TryAddSingleton(sp => new TokenClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(IdentityClientName), sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => new OneDriveSignIn(Options(sp), sp.GetRequiredService<TokenClient>(), sp.GetService<TimeProvider>()));
        services.TryAddSingleton<ITokenStore>(sp => Options(sp).TokenCachePath is { Length: > 0 } path ? FileTokenStore.CreateDefault(path) : new InMemoryTokenStore());
        services.TryAddSingleton(sp => new OneDriveTokenProvider(sp.GetRequiredService<OneDriveSignIn>(), sp.GetRequiredService<ITokenStore>(), Options(sp), sp.GetService<TimeProvider>(), logger: sp.GetService<ILogger<OneDriveTokenProvider>>()));

        // Refresh-on-401 first, then the runtime's Kiota middleware in its order (retry with Retry-After, redirects
        // that drop Authorization on another host, query-name decoding, header inspection), made once per pipeline.
        services.AddHttpClient(GraphClientName)
            .ConfigureHttpClient(OneDriveMiddleware.AddUserAgent)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler(sp => new RefreshOnUnauthorizedHandler(sp.GetRequiredService<OneDriveTokenProvider>(), sp.GetService<ILogger<RefreshOnUnauthorizedHandler>>()))
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                foreach (var handler in OneDriveMiddleware.CreateHandlers())
                {
                    handlers.Add(handler);
                }
            });

        services.TryAddTransient<Microsoft.Kiota.Abstractions.IRequestAdapter>(sp => OneDriveClientFactory.CreateAdapter(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(GraphClientName),
            sp.GetRequiredService<OneDriveTokenProvider>(),
            Options(sp)));
        return services;
    }

    private static OneDriveOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<OneDriveOptions>>().Value;

    /// <summary>Start-up validation: every ODG3xxx problem in one failure.</summary>
    private sealed class OneDriveOptionsValidation : IValidateOptions<OneDriveOptions>
    {
        public ValidateOptionsResult Validate(string? name, OneDriveOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
