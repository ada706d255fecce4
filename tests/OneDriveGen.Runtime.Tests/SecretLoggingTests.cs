using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneDriveGen.Emulator.Identity;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.DependencyInjection;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Tokens;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>At Trace level, through sign-in, calls, an expiry and a 401, no log line carries a token, code or secret.</summary>
public class SecretLoggingTests
{
    [Fact]
    public async Task NothingSecretIsLoggedAtTrace()
    {
        await using var h = await RuntimeHarness.StartAsync(confidential: true);
        var provider = new CollectingLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OneDrive:ClientId"] = h.Options.ClientId,
            ["OneDrive:ClientSecret"] = AppRegistration.TestConfidentialClient.ClientSecret,
            ["OneDrive:RedirectUri"] = h.Options.RedirectUri,
            ["OneDrive:AuthorityHost"] = h.Emulator.AuthorityHost,
            ["OneDrive:GraphBaseUrl"] = h.Emulator.GraphBaseUrl,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(provider).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(TimeProvider.System)
            .AddOneDrive(configuration)
            .AddTransient<OneDriveClient>();
        await using var built = services.BuildServiceProvider();

        var signIn = built.GetRequiredService<OneDriveSignIn>();
        var session = signIn.Begin();
        var redirect = await h.AuthorizeRedirectAsync(session);
        var tokens = await signIn.CompleteAsync(session, redirect);
        var tokenProvider = built.GetRequiredService<OneDriveTokenProvider>();
        await tokenProvider.SignedInAsync(tokens);
        var client = built.GetRequiredService<OneDriveClient>();
        await client.Me.Drive.GetAsync();
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(61));
        await client.Me.Drive.GetAsync();
        var stored = (await built.GetRequiredService<ITokenStore>().GetAsync("default"))!;

        var messages = provider.Messages.ToList();
        Assert.Contains(messages, m => m.Contains("refreshing and sending it once more", StringComparison.Ordinal));
        var secrets = new[]
        {
            tokens.AccessToken, tokens.RefreshToken!, stored.AccessToken, stored.RefreshToken!, session.Pkce.Verifier,
            RedirectParser.Parse(redirect)["code"], AppRegistration.TestConfidentialClient.ClientSecret!,
        };
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(messages, m => m.Contains(secret, StringComparison.Ordinal));
        }
    }
}
