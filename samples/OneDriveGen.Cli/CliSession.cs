using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Emulator;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.DependencyInjection;
using OneDriveGen.Cli.OneDrive;
using OneDriveGen.Runtime.Tokens;
using Spectre.Console;

namespace OneDriveGen.Cli;

/// <summary>
/// One odg invocation's connection to OneDrive: configuration, the runtime's services (as an app would register
/// them with <c>AddOneDrive</c>), and the embedded emulator when one is used.
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliSession(ServiceProvider services, OneDriveEmulator? emulator, IAnsiConsole console, Output.JsonOutput? json)
    {
        _services = services;
        Emulator = emulator;
        Console = console;
        Json = json;
        Content = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
    }

    /// <summary>The embedded emulator, when odg runs against it.</summary>
    public OneDriveEmulator? Emulator { get; }

    /// <summary>Where output goes.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>With <c>--json</c>, where the result goes (and <see cref="Console"/> writes to stderr); else null.</summary>
    public Output.JsonOutput? Json { get; }

    /// <summary>The validated options (ODG3xxx problems surface here as one error).</summary>
    public OneDriveOptions Options => _services.GetRequiredService<IOptions<OneDriveOptions>>().Value;

    /// <summary>The generated client.</summary>
    public OneDriveClient Client => _services.GetRequiredService<OneDriveClient>();

    /// <summary>The request adapter under the client, for paging and transfers.</summary>
    public IRequestAdapter Adapter => _services.GetRequiredService<IRequestAdapter>();

    /// <summary>Sign-in: authorize URL, code redemption, refresh.</summary>
    public OneDriveSignIn SignIn => _services.GetRequiredService<OneDriveSignIn>();

    /// <summary>Tokens, cached and renewed.</summary>
    public OneDriveTokenProvider Tokens => _services.GetRequiredService<OneDriveTokenProvider>();

    /// <summary>Where tokens are kept between commands.</summary>
    public ITokenStore Store => _services.GetRequiredService<ITokenStore>();

    /// <summary>A client for pre-authenticated download and upload URLs: never carries Authorization.</summary>
    public HttpClient Content { get; }

    /// <summary>Where a pending manual sign-in is kept between <c>login --manual</c> and <c>login --code</c>.</summary>
    public string PendingLoginPath =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(string.IsNullOrEmpty(Options.TokenCachePath) ? CliConfiguration.DefaultTokenCachePath : Options.TokenCachePath))!, "pending-login.json");

    /// <summary>Reads configuration and starts the emulator when there is no app to talk to, or when asked to.</summary>
    /// <param name="overrides">--set values.</param>
    /// <param name="emulatorReason">Why the emulator must be used (--emulator, the demo), or null to decide from the configuration.</param>
    /// <param name="emulatorData">Where the emulator keeps its drive; null for a fresh one, empty for the default folder.</param>
    /// <param name="console">Where to say that the emulator is used.</param>
    /// <param name="json">With --json, where results go.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public static async Task<CliSession> OpenAsync(string[] overrides, string? emulatorReason, string? emulatorData, IAnsiConsole console, Output.JsonOutput? json, CancellationToken cancellationToken)
    {
        IConfiguration configuration = CliConfiguration.Build(overrides);
        OneDriveEmulator? emulator = null;
        if (emulatorReason is not null || string.IsNullOrWhiteSpace(configuration["OneDrive:ClientId"]))
        {
            var data = emulatorData is { Length: 0 } ? Path.Combine(CliConfiguration.HomeDirectory, "emulator") : emulatorData;
            emulator = await EmbeddedEmulator.StartAsync(data, cancellationToken).ConfigureAwait(false);
            configuration = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(EmbeddedEmulator.Settings(emulator)).Build();
            var why = emulatorReason ?? "no OneDrive:ClientId is configured";
            console.MarkupLineInterpolated($"[grey]Using the embedded emulator at {emulator.AuthorityHost} ({why}); nothing leaves this machine.[/]");
        }
        else if (string.IsNullOrWhiteSpace(configuration["OneDrive:TokenCachePath"]))
        {
            var tokens = new System.Collections.Generic.Dictionary<string, string?> { ["OneDrive:TokenCachePath"] = CliConfiguration.DefaultTokenCachePath };
            configuration = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(tokens).Build();
        }

        var services = new ServiceCollection().AddLogging().AddOneDrive(configuration).AddTransient<OneDriveClient>().BuildServiceProvider();
        var session = new CliSession(services, emulator, console, json);
        _ = session.Options; // validate now: bad configuration is one clear error before anything is sent
        return session;
    }

    /// <summary>
    /// Makes sure a command can call Graph: with the emulator, signs in (it consents at once); otherwise the stored
    /// tokens are used and a missing sign-in surfaces as "run odg login".
    /// </summary>
    public async Task EnsureSignedInAsync(CancellationToken cancellationToken)
    {
        if (Emulator is not null)
        {
            var tokens = await SignIn.SignInWithLoopbackAsync(Browser.FollowAsync, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
            await Tokens.SignedInAsync(tokens, cancellationToken).ConfigureAwait(false);
        }
        else if (await Store.GetAsync(Tokens.Account, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new CliException("Not signed in: run 'odg login' first.", ExitCodes.SignInNeeded);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Content.Dispose();
        await _services.DisposeAsync().ConfigureAwait(false);
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
