using System;
using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class ClientTypeRuleTests
{
    [Theory]
    [InlineData("daemon")]
    [InlineData("pubic")]
    public void A_client_type_other_than_public_or_confidential_is_ODG2013(string clientType)
    {
        using var run = TaskRun.With(("OneDriveClientType", clientType));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2013", error.Code);
        Assert.Equal(run.Lines["OneDriveClientType"], error.LineNumber);
    }

    [Theory]
    [InlineData("https://app.contoso.com/callback", true)]
    [InlineData("https://login.microsoftonline.com/common/oauth2/nativeclient", false)]
    [InlineData("msal6731de76-14a6-49ae-97bc-6eba6914391e://auth", false)]
    [InlineData("http://127.0.0.1:7000/", false)]
    public void A_public_client_redirecting_to_a_web_address_is_ODG2043(string redirect, bool refused)
    {
        using var run = TaskRun.With(("OneDriveRedirectUri", redirect));

        Assert.Equal(refused ? new[] { "ODG2043" } : Array.Empty<string>(), run.Engine.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_confidential_client_with_no_visible_credential_is_ODG2061_at_the_client_type()
    {
        using var bare = TaskRun.With(("OneDriveClientType", "confidential"));
        using var userSecrets = TaskRun.With(("OneDriveClientType", "confidential"), ("UserSecretsId", "b1946ac9"));
        using var appSettings = TaskRun.WithAppSettings("""{ "OneDrive": { "ClientSecret": "<user-secrets>" } }""", ("OneDriveClientType", "confidential"));

        var warning = Assert.Single(bare.Engine.Warnings);
        Assert.Equal("ODG2061", warning.Code);
        Assert.Equal(bare.Lines["OneDriveClientType"], warning.LineNumber);
        Assert.Empty(userSecrets.Codes);
        Assert.Empty(appSettings.Codes);
    }

    [Fact]
    public void ClientSecret_and_ClientCredentials_together_are_ODG2062()
    {
        const string Json = """
            { "AzureAd": {
                "ClientSecret": "<user-secrets>",
                "ClientCredentials": [ { "SourceType": "ClientSecret", "ClientSecret": "<user-secrets>" } ] } }
            """;
        using var run = TaskRun.WithAppSettings(Json, ("OneDriveClientType", "confidential"));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2062", error.Code);
        Assert.Equal((3, 26), (error.LineNumber, error.ColumnNumber));
    }

    [Theory]
    [InlineData(-3, "expired 3 day")]
    [InlineData(10, "expires in 10 day")]
    [InlineData(800, "more than 24 months")]
    public void A_secret_expiring_soon_or_past_is_ODG2066(int days, string says)
    {
        var date = DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var run = TaskRun.ForWebApp(("OneDriveClientSecretExpires", date));

        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2066", warning.Code);
        Assert.Equal(run.Lines["OneDriveClientSecretExpires"], warning.LineNumber);
        Assert.Contains(says, warning.Message);
    }

    [Fact]
    public void A_secret_expiring_in_months_passes_and_a_non_date_is_ODG2068()
    {
        var fine = DateTime.UtcNow.Date.AddDays(200).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var ok = TaskRun.ForWebApp(("OneDriveClientSecretExpires", fine));
        using var bad = TaskRun.ForWebApp(("OneDriveClientSecretExpires", "31/12/2027"));

        Assert.Empty(ok.Codes);
        var warning = Assert.Single(bad.Engine.Warnings);
        Assert.Equal("ODG2068", warning.Code);
        Assert.Contains("yyyy-MM-dd", warning.Message);
    }
}
