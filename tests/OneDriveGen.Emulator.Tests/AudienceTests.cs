using System;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Which tenant segment an app may use, by its signInAudience, at /authorize and at /token alike. Sources: the
/// table of "Validation differences by supported account types" (entra-docs supported-accounts-validation.md),
/// the codes of "Microsoft Entra authentication and authorization error codes" (AADSTS50194, AADSTS9002332), the
/// Azure SDK troubleshooting guide's AADSTS9002331 and the captured AADSTS9002346 (wire reference §1.1). Before:
/// a personal-accounts-only app was accepted on /common, and the token endpoint checked no audience at all.
/// </summary>
public sealed class AudienceTests
{
    private const string AppId = "22222222-2222-2222-2222-222222222222";

    [Theory]
    [InlineData("PersonalMicrosoftAccount", "common", 9002331)]
    [InlineData("PersonalMicrosoftAccount", "organizations", 9002346)]
    [InlineData("PersonalMicrosoftAccount", "contoso.onmicrosoft.com", 9002346)]
    [InlineData("AzureADMultipleOrgs", "consumers", 9002332)]
    [InlineData("AzureADMyOrg", "consumers", 9002332)]
    [InlineData("AzureADMyOrg", "common", 50194)]
    public async Task A_tenant_the_audience_excludes_is_refused_at_authorize(string audience, string tenant, int code)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Apps.Add(App(audience)));
        var query = $"client_id={AppId}&response_type=code&redirect_uri={Uri.EscapeDataString("http://localhost")}&scope=files.read&state=s";

        using var response = await h.SendAsync(HttpMethod.Get, $"{h.Emulator.AuthorityHost}/{tenant}/oauth2/v2.0/authorize?{query}", null);

        var answer = EmulatorHarness.QueryOf(response.Headers.Location!);
        Assert.Equal("invalid_request", answer["error"]);
        Assert.StartsWith($"AADSTS{code}:", answer["error_description"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PersonalMicrosoftAccount", "common", 9002331)]
    [InlineData("AzureADMultipleOrgs", "consumers", 9002332)]
    [InlineData("AzureADMyOrg", "common", 50194)]
    public async Task The_token_endpoint_applies_the_same_rules(string audience, string tenant, int code)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Apps.Add(App(audience)));
        var refresh = h.Emulator.IssueTokens(AppId).RefreshToken!;

        using var response = await h.Http.PostAsync(
            $"{h.Emulator.AuthorityHost}/{tenant}/oauth2/v2.0/token",
            EmulatorHarness.Form(("client_id", AppId), ("grant_type", "refresh_token"), ("refresh_token", refresh)));

        await IdentityErrorAssert.IsAsync(response, "invalid_request", code);
    }

    [Theory]
    [InlineData("PersonalMicrosoftAccount", "consumers")]
    [InlineData("PersonalMicrosoftAccount", TenantRules.ConsumersTenantId)]
    [InlineData("AzureADMultipleOrgs", "organizations")]
    [InlineData("AzureADandPersonalMicrosoftAccount", "common")]
    [InlineData("AzureADMyOrg", "contoso.onmicrosoft.com")]
    public async Task A_tenant_the_audience_includes_works_at_both_endpoints(string audience, string tenant)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.Apps.Add(App(audience)));
        var code = await h.AuthorizeAsync(App(audience), "http://localhost", tenant: tenant, scope: "offline_access files.read");

        using var response = await h.Http.PostAsync(
            $"{h.Emulator.AuthorityHost}/{tenant}/oauth2/v2.0/token",
            EmulatorHarness.Form(("client_id", AppId), ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://localhost")));

        var json = await EmulatorHarness.JsonOf(response, System.Net.HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("access_token").GetString()));
    }

    private static AppRegistration App(string audience) => new(AppId, "Audience App", new[] { "http://localhost" }, SignInAudience: audience);
}
