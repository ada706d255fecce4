using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.DependencyInjection;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Tokens;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>services.AddOneDrive(configuration) wires options, sign-in, tokens and the adapter the generated client runs on.</summary>
public class DependencyInjectionTests
{
    [Fact]
    public async Task ConfiguredClientSignsInAndCallsGraph()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OneDrive:ClientId"] = h.Options.ClientId,
            ["OneDrive:AuthorityHost"] = h.Emulator.AuthorityHost,
            ["OneDrive:LiveHost"] = h.Emulator.LiveHost,
            ["OneDrive:GraphBaseUrl"] = h.Emulator.GraphBaseUrl,
        }).Build();
        await using var services = new ServiceCollection().AddOneDrive(configuration).AddTransient<OneDriveClient>().BuildServiceProvider();

        var signIn = services.GetRequiredService<OneDriveSignIn>();
        var session = signIn.Begin();
        var tokens = await signIn.CompleteAsync(session, await h.AuthorizeRedirectAsync(session));
        await services.GetRequiredService<OneDriveTokenProvider>().SignedInAsync(tokens);
        var drive = await services.GetRequiredService<OneDriveClient>().Me.Drive.GetAsync();

        Assert.Equal(h.Emulator.Drive.DriveId, drive!.Id);
        Assert.IsType<InMemoryTokenStore>(services.GetRequiredService<ITokenStore>());
    }

    [Fact]
    public async Task TheRegisteredClientRunsTheRuntimesMiddleware()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.Faults.Add(OneDriveGen.Emulator.Faults.FaultRule.Throttle("/v1.0/me/drive", retryAfterSeconds: 1)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OneDrive:ClientId"] = h.Options.ClientId,
            ["OneDrive:AuthorityHost"] = h.Emulator.AuthorityHost,
            ["OneDrive:GraphBaseUrl"] = h.Emulator.GraphBaseUrl,
        }).Build();
        await using var services = new ServiceCollection().AddOneDrive(configuration).AddTransient<OneDriveClient>().BuildServiceProvider();
        var signIn = services.GetRequiredService<OneDriveSignIn>();
        var session = signIn.Begin();
        await services.GetRequiredService<OneDriveTokenProvider>().SignedInAsync(await signIn.CompleteAsync(session, await h.AuthorizeRedirectAsync(session)));

        var drive = await services.GetRequiredService<OneDriveClient>().Me.Drive.GetAsync();

        var calls = h.Emulator.Requests.Snapshot().Where(r => r.RawTarget == "/v1.0/me/drive").ToList();
        Assert.NotNull(drive);
        Assert.Equal(new[] { 429, 200 }, calls.Select(c => c.Status));
        Assert.Equal("1", calls[1].Headers["Retry-Attempt"]);
        Assert.Equal(OneDriveGen.Runtime.Http.OneDriveMiddleware.UserAgent.ToString(), calls[1].Headers["User-Agent"]);
    }

    [Fact]
    public void BadConfigurationFailsAtStartWithCodes()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OneDrive:ClientId"] = "copied-the-wrong-field",
            ["OneDrive:Scopes"] = "files.read",
        }).Build();
        using var services = new ServiceCollection().AddOneDrive(configuration).AddTransient<OneDriveClient>().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OneDriveOptions>>().Value);

        Assert.Contains("ODG3001", error.Message);
        Assert.Contains("ODG3005", error.Message);
    }

    [Fact]
    public void Options_with_everything_wrong_report_each_start_up_code()
    {
        var everythingWrong = new OneDriveOptions
        {
            ClientId = "x",
            AuthorityHost = "http://login.example.com",
            RedirectUri = "ftp://x",
            Tenant = "a/b",
            Scopes = "files.read",
            RefreshSkew = TimeSpan.FromHours(2),
        };

        var codes = everythingWrong.Validate().Select(p => p[..7]).Distinct().ToList();

        Assert.Equal(new[] { "ODG3001", "ODG3002", "ODG3003", "ODG3004", "ODG3005", "ODG3006" }, codes);
    }

    [Fact]
    public void The_start_up_catalog_matches_its_pages_and_index()
    {
        OneDriveGen.Tests.Shared.DiagnosticCatalogCheck.Matches("ODG3", ConfigurationDiagnostics.All.Select(e => (e.Code, e.Level.ToString(), e.Title)).ToList());
    }
}
