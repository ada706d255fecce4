using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Tokens;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The device code flow end to end against the emulator: the user acting on the real verification page over HTTP
/// while the runtime polls, and every answer Microsoft documents (pending, slow_down, declined, expired), plus
/// cancellation.
/// </summary>
public sealed class DeviceCodeSignInTests
{
    [Fact]
    public async Task The_user_accepts_on_another_device_and_the_tokens_are_for_the_account_chosen_there()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o =>
        {
            o.DeviceCodeInterval = 1;
            o.Accounts.Add(new OneDriveGen.Emulator.Identity.EmulatorAccount("megan@contoso.example", "Megan Bowen"));
        });
        DeviceCodePrompt? shown = null;

        var tokens = await h.SignIn.SignInWithDeviceCodeAsync(async (prompt, ct) =>
        {
            shown = prompt;
            // The user, on their phone: opens the page, types the code, picks the account, accepts.
            using var browser = new HttpClient();
            using var accept = await browser.PostAsync(prompt.VerificationUri, new FormUrlEncodedContent(new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string>("code", prompt.UserCode),
                new("account", "megan@contoso.example"),
                new("consent", "accept"),
            }), ct);
            accept.EnsureSuccessStatusCode();
        });

        Assert.NotNull(shown);
        Assert.Contains(shown!.UserCode, shown.Message, StringComparison.Ordinal);
        Assert.Equal(h.Emulator.AuthorityHost + "/devicelogin", shown.VerificationUri.ToString());
        Assert.NotNull(tokens.RefreshToken);
        var (client, _, _) = await h.SignedInWithAsync(tokens);
        var drive = await client.Me.Drive.GetAsync();
        Assert.Equal("Megan Bowen", drive!.Owner!.User!.DisplayName);
    }

    [Fact]
    public async Task Pending_polls_wait_the_interval_and_slow_down_adds_five_seconds()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o =>
        {
            o.DeviceCodeInterval = 2;
            o.DeviceCodeSlowDownPolls = 1;
            o.DeviceCodeAutoApproveAfterPolls = 2;
        });
        var time = new VirtualTime(h.Emulator.Clock);
        var signIn = new OneDriveSignIn(h.Options, new TokenClient(h.Http, time), time);

        var tokens = await signIn.SignInWithDeviceCodeAsync((_, _) => Task.CompletedTask);

        // slow_down, pending, pending, approved: the first wait is the interval, every later one 5 s longer.
        Assert.Equal(new[] { 2, 7, 7, 7 }, time.Waits.Select(w => (int)w.TotalSeconds));
        Assert.False(string.IsNullOrEmpty(tokens.AccessToken));
        Assert.Equal(4, h.Emulator.Requests.Snapshot().Count(r => r.RawTarget.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Declining_on_the_other_device_is_an_AuthorizationException_the_user_declined()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.DeviceCodeInterval = 1);

        var error = await Assert.ThrowsAsync<AuthorizationException>(() => h.SignIn.SignInWithDeviceCodeAsync(async (prompt, ct) =>
        {
            using var browser = new HttpClient();
            using var decline = await browser.PostAsync(prompt.VerificationUri, new FormUrlEncodedContent(new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string>("code", prompt.UserCode),
                new("consent", "decline"),
            }), ct);
        }));

        Assert.True(error.UserDeclined);
        Assert.Equal("access_denied", error.Code);
    }

    [Fact]
    public async Task A_code_nobody_enters_expires_with_expired_token()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o =>
        {
            o.DeviceCodeInterval = 5;
            o.DeviceCodeLifetime = TimeSpan.FromSeconds(60);
        });
        var time = new VirtualTime(h.Emulator.Clock);
        var signIn = new OneDriveSignIn(h.Options, new TokenClient(h.Http, time), time);

        var error = await Assert.ThrowsAsync<AuthorizationException>(() => signIn.SignInWithDeviceCodeAsync((_, _) => Task.CompletedTask));

        Assert.Equal("expired_token", error.Code);
        Assert.Contains("start the sign-in again", error.Message, StringComparison.Ordinal);
        Assert.InRange(time.Waits.Sum(w => w.TotalSeconds), 60, 65);
    }

    [Fact]
    public async Task Cancelling_stops_the_polling()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => o.DeviceCodeInterval = 1);
        using var cancel = new CancellationTokenSource();

        var signingIn = h.SignIn.SignInWithDeviceCodeAsync((_, _) =>
        {
            cancel.CancelAfter(TimeSpan.FromMilliseconds(1500));
            return Task.CompletedTask;
        }, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => signingIn);
        var polls = h.Emulator.Requests.Snapshot().Count(r => r.RawTarget.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        await Task.Delay(1500);
        Assert.Equal(polls, h.Emulator.Requests.Snapshot().Count(r => r.RawTarget.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_confidential_client_is_told_the_flow_is_for_public_clients()
    {
        await using var h = await RuntimeHarness.StartAsync(confidential: true);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => h.SignIn.SignInWithDeviceCodeAsync((_, _) => Task.CompletedTask));

        Assert.Contains("public clients", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Emulator.Requests.Snapshot(), r => r.RawTarget.EndsWith("/devicecode", StringComparison.Ordinal));
    }
}
