using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// The device code flow over raw HTTP. Sources: "Microsoft identity platform and the OAuth 2.0 device authorization
/// grant flow" (the /devicecode request and response, no verification_uri_complete, 15 minutes, interval; the token
/// endpoint's authorization_pending, authorization_declined, bad_verification_code, expired_token), RFC 8628 §3.5
/// (slow_down adds 5 seconds), and the AADSTS table (70016 pending, 70018 bad code, 70019 expired).
/// </summary>
public sealed class DeviceCodeTests
{
    private static readonly string PublicId = EmulatorHarness.PublicApp.ClientId;
    private const string Grant = "urn:ietf:params:oauth:grant-type:device_code";

    [Fact]
    public async Task The_devicecode_endpoint_answers_what_Microsoft_documents()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var answer = await StartAsync(h);

        Assert.Equal(9, answer.GetProperty("user_code").GetString()!.Length);
        Assert.Equal(h.Emulator.AuthorityHost + "/devicelogin", answer.GetProperty("verification_uri").GetString());
        Assert.Equal(900, answer.GetProperty("expires_in").GetInt32());
        Assert.Equal(5, answer.GetProperty("interval").GetInt32());
        Assert.Contains(answer.GetProperty("user_code").GetString()!, answer.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(answer.TryGetProperty("verification_uri_complete", out _));
    }

    [Theory]
    [InlineData("client_id", "", "AADSTS900144")]
    [InlineData("scope", "", "AADSTS900144")]
    [InlineData("scope", "offline_access Files.ReadWrite.Everything", "AADSTS70011")]
    [InlineData("client_id", "00000000-0000-0000-0000-000000000001", "AADSTS700016")]
    public async Task A_bad_device_authorization_request_is_refused(string field, string value, string code)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var fields = field == "client_id"
            ? new[] { ("client_id", value), ("scope", "offline_access files.read") }
            : new[] { ("client_id", PublicId), ("scope", value) };

        using var response = await h.Http.PostAsync(h.Emulator.AuthorityHost + "/common/oauth2/v2.0/devicecode", EmulatorHarness.Form(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(code + ":", (await EmulatorHarness.JsonOf(response, HttpStatusCode.BadRequest)).GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polls_are_pending_until_the_user_accepts_at_the_page_then_tokens_for_the_chosen_account()
    {
        await using var h = await EmulatorHarness.StartAsync(o =>
        {
            o.DeviceCodeInterval = 1;
            o.Accounts.Add(new Identity.EmulatorAccount("megan@contoso.example", "Megan Bowen"));
        });
        var answer = await StartAsync(h);
        var deviceCode = answer.GetProperty("device_code").GetString()!;

        var pending = await PollAsync(h, deviceCode);
        var codePage = await h.Http.PostAsync(h.Emulator.AuthorityHost + "/devicelogin", EmulatorHarness.Form(("code", answer.GetProperty("user_code").GetString()!.ToLowerInvariant())));
        var consent = await codePage.Content.ReadAsStringAsync();
        using var accepted = await h.Http.PostAsync(h.Emulator.AuthorityHost + "/devicelogin", EmulatorHarness.Form(("code", answer.GetProperty("user_code").GetString()!), ("account", "megan@contoso.example"), ("consent", "accept")));
        h.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));
        var tokens = await PollAsync(h, deviceCode, HttpStatusCode.OK);
        h.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));
        var again = await PollAsync(h, deviceCode);

        Assert.Equal("authorization_pending", pending.GetProperty("error").GetString());
        Assert.StartsWith("AADSTS70016:", pending.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Contains("id=\"accept\"", consent, StringComparison.Ordinal);
        Assert.Contains("files.read", consent, StringComparison.Ordinal);
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
        var me = await h.GraphJsonAsync("/me/drive", tokens.GetProperty("access_token").GetString());
        Assert.Contains("Megan", me.GetProperty("owner").GetProperty("user").GetProperty("displayName").GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid_grant", again.GetProperty("error").GetString()); // spent
    }

    [Fact]
    public async Task Polling_sooner_than_the_interval_is_slow_down_and_the_interval_grows_by_five_seconds()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.DeviceCodeInterval = 1);
        var deviceCode = (await StartAsync(h)).GetProperty("device_code").GetString()!;

        var first = await PollAsync(h, deviceCode);
        var tooSoon = await PollAsync(h, deviceCode);
        h.Emulator.Clock.Advance(TimeSpan.FromSeconds(2));
        var stillTooSoon = await PollAsync(h, deviceCode); // the interval is 6 s now
        h.Emulator.Clock.Advance(TimeSpan.FromSeconds(12));
        var inTime = await PollAsync(h, deviceCode);

        Assert.Equal(("authorization_pending", "slow_down", "slow_down", "authorization_pending"), (Error(first), Error(tooSoon), Error(stillTooSoon), Error(inTime)));
    }

    [Fact]
    public async Task Declined_expired_unknown_and_wrongly_typed_codes_are_answered_as_documented()
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.DeviceCodeInterval = 1);
        var declined = await StartAsync(h);
        var expired = await StartAsync(h);

        using var declinedPage = await h.Http.PostAsync(h.Emulator.AuthorityHost + "/devicelogin", EmulatorHarness.Form(("code", declined.GetProperty("user_code").GetString()!), ("consent", "decline")));
        using var wrongCode = await h.Http.PostAsync(h.Emulator.AuthorityHost + "/devicelogin", EmulatorHarness.Form(("code", "NOTACODE1")));
        var declinedPoll = await PollAsync(h, declined.GetProperty("device_code").GetString()!);
        var unknown = await PollAsync(h, "DAQABAAEAAA-not-issued");
        h.Emulator.Clock.Advance(TimeSpan.FromMinutes(16));
        var expiredPoll = await PollAsync(h, expired.GetProperty("device_code").GetString()!);
        using var expiredPage = await h.Http.PostAsync(h.Emulator.AuthorityHost + "/devicelogin", EmulatorHarness.Form(("code", expired.GetProperty("user_code").GetString()!)));

        Assert.Equal("authorization_declined", Error(declinedPoll));
        Assert.Equal("bad_verification_code", Error(unknown));
        Assert.Equal("expired_token", Error(expiredPoll));
        Assert.StartsWith("AADSTS70019:", expiredPoll.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Contains("AADSTS70018", await wrongCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("AADSTS70019", await expiredPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_device_code_grant_is_not_taken_at_the_legacy_Live_endpoint()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var deviceCode = (await StartAsync(h)).GetProperty("device_code").GetString()!;

        using var response = await h.Http.PostAsync(h.Emulator.LiveHost + "/oauth20_token.srf", EmulatorHarness.Form(("grant_type", Grant), ("client_id", PublicId), ("device_code", deviceCode)));

        Assert.Equal("unsupported_grant_type", (await EmulatorHarness.JsonOf(response, HttpStatusCode.BadRequest)).GetProperty("error").GetString());
    }

    private static async Task<JsonElement> StartAsync(EmulatorHarness h)
    {
        using var response = await h.Http.PostAsync(h.Emulator.AuthorityHost + "/common/oauth2/v2.0/devicecode", EmulatorHarness.Form(("client_id", PublicId), ("scope", "offline_access files.read")));
        return await EmulatorHarness.JsonOf(response, HttpStatusCode.OK);
    }

    private static async Task<JsonElement> PollAsync(EmulatorHarness h, string deviceCode, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        using var response = await h.TokenAsync(("grant_type", Grant), ("client_id", PublicId), ("device_code", deviceCode));
        return await EmulatorHarness.JsonOf(response, expected);
    }

    private static string Error(JsonElement answer) => answer.GetProperty("error").GetString()!;
}
