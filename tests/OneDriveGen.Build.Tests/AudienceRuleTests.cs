using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class AudienceRuleTests
{
    [Theory]
    [InlineData("AzureADMyOrg", "contoso.onmicrosoft.com")]
    [InlineData("AzureADMultipleOrgs", "organizations")]
    [InlineData("AzureADandPersonalMicrosoftAccount", "common")]
    [InlineData("PersonalMicrosoftAccount", "consumers")]
    [InlineData("personalmicrosoftaccount", "9188040d-6c67-4c5b-b112-36a304b66dad")]
    public void Tenants_the_audience_admits_pass(string audience, string tenant)
    {
        using var run = TaskRun.With(("OneDriveSignInAudience", audience), ("OneDriveTenant", tenant), ("OneDriveScopes", "offline_access Files.ReadWrite"));

        Assert.Empty(run.Codes);
    }

    [Theory]
    [InlineData("AzureADMyOrg", "common", "AADSTS50194")]
    [InlineData("AzureADMyOrg", "organizations", "single-tenant")]
    [InlineData("AzureADMultipleOrgs", "consumers", "AADSTS9002332")]
    [InlineData("PersonalMicrosoftAccount", "common", "AADSTS9002331")]
    [InlineData("PersonalMicrosoftAccount", "contoso.onmicrosoft.com", "consumers")]
    public void Tenants_the_audience_refuses_are_ODG2011_at_the_tenant(string audience, string tenant, string explained)
    {
        using var run = TaskRun.With(("OneDriveSignInAudience", audience), ("OneDriveTenant", tenant));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2011", error.Code);
        Assert.Equal(run.Lines["OneDriveTenant"], error.LineNumber);
        Assert.Contains(explained, error.Message);
    }

    [Fact]
    public void An_unknown_audience_is_ODG2012_listing_the_values()
    {
        using var run = TaskRun.With(("OneDriveSignInAudience", "AzureADMultipleOrg"));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2012", error.Code);
        Assert.Equal(run.Lines["OneDriveSignInAudience"], error.LineNumber);
        Assert.Contains("AzureADMultipleOrgs", error.Message);
    }

    [Fact]
    public void The_audience_can_come_from_appsettings()
    {
        const string Json = """{ "OneDrive": { "SignInAudience": "AzureADMyOrg" } }""";
        using var run = TaskRun.WithAppSettings(Json);

        Assert.Equal("ODG2011", Assert.Single(run.Engine.Errors).Code);
    }

    [Fact]
    public void A_query_string_is_ODG2035_when_personal_accounts_sign_in_only()
    {
        using var personal = TaskRun.With(("OneDriveRedirectUri", "http://127.0.0.1/cb?app=1"));
        using var work = TaskRun.With(("OneDriveRedirectUri", "http://127.0.0.1/cb?app=1"), ("OneDriveTenant", "organizations"));

        Assert.Equal("ODG2035", Assert.Single(personal.Engine.Errors).Code);
        Assert.Empty(work.Codes);
    }

    [Fact]
    public void More_than_100_redirect_uris_is_ODG2041_for_personal_accounts_but_fine_for_work_ones()
    {
        var many = string.Join(";", Enumerable.Range(0, 101).Select(i => $"http://127.0.0.1/r{i}"));
        using var personal = TaskRun.With(("OneDriveRedirectUri", many));
        using var work = TaskRun.With(("OneDriveRedirectUri", many), ("OneDriveSignInAudience", "AzureADMultipleOrgs"), ("OneDriveTenant", "organizations"));

        Assert.Equal(new[] { "ODG2041" }, personal.Engine.Errors.Select(e => e.Code));
        Assert.Empty(work.Engine.Errors);
    }

    [Theory]
    [InlineData("offline_access Files.ReadWrite.Selected")]
    [InlineData("offline_access Sites.Read.All")]
    public void Work_only_scopes_with_personal_accounts_are_ODG2055(string scopes)
    {
        using var personal = TaskRun.With(("OneDriveScopes", scopes));
        using var work = TaskRun.With(("OneDriveScopes", scopes), ("OneDriveTenant", "organizations"));

        Assert.Equal("ODG2055", Assert.Single(personal.Engine.Warnings).Code);
        Assert.Empty(work.Engine.Warnings);
    }

    [Fact]
    public void AppFolder_for_work_accounts_only_is_ODG2056()
    {
        using var work = TaskRun.With(("OneDriveScopes", "offline_access Files.ReadWrite.AppFolder"), ("OneDriveSignInAudience", "AzureADMultipleOrgs"), ("OneDriveTenant", "organizations"));
        using var personal = TaskRun.With(("OneDriveScopes", "offline_access Files.ReadWrite.AppFolder"));

        Assert.Equal("ODG2056", Assert.Single(work.Engine.Warnings).Code);
        Assert.Empty(personal.Codes);
    }

    [Fact]
    public void More_than_two_client_secrets_for_personal_accounts_is_message_ODG2067()
    {
        const string Json = """
            { "AzureAd": { "ClientCredentials": [
              { "SourceType": "ClientSecret", "ClientSecret": "<from user-secrets>" },
              { "SourceType": "ClientSecret", "ClientSecret": "<from user-secrets>" },
              { "SourceType": "ClientSecret", "ClientSecret": "<from user-secrets>" } ] } }
            """;
        using var three = TaskRun.WithAppSettings(Json, ("OneDriveClientType", "confidential"));
        using var two = TaskRun.WithAppSettings(Json.Replace("""{ "SourceType": "ClientSecret", "ClientSecret": "<from user-secrets>" } ]""", "]"), ("OneDriveClientType", "confidential"));

        var message = Assert.Single(three.Engine.Messages, m => m.Code == "ODG2067");
        Assert.Equal(1, message.LineNumber);
        Assert.DoesNotContain("ODG2067", two.Codes);
    }
}
