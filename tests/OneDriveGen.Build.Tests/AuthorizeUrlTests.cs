using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class AuthorizeUrlTests
{
    [Fact]
    public void The_target_prints_the_v2_authorize_url_of_the_configured_app_with_every_parameter_escaped()
    {
        using var fixture = FixtureBuild.Create("""
                <OneDriveClientId>6731de76-14a6-49ae-97bc-6eba6914391e</OneDriveClientId>
                <OneDriveTenant>consumers</OneDriveTenant>
                <OneDriveRedirectUri>http://localhost:5000/callback</OneDriveRedirectUri>
                <OneDriveScopes>offline_access Files.ReadWrite.All</OneDriveScopes>
            """);

        var (exitCode, output) = fixture.Build("-t:OneDriveAuthorizeUrl");

        Assert.Equal(0, exitCode);
        Assert.Contains(
            "https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e"
            + "&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fcallback&response_mode=query"
            + "&scope=offline_access%20Files.ReadWrite.All",
            output);
    }

    [Fact]
    public void Without_a_client_id_the_target_fails_with_ODG2001()
    {
        using var fixture = FixtureBuild.Create("    <OneDriveScopes>offline_access Files.Read</OneDriveScopes>");

        var (exitCode, output) = fixture.Build("-t:OneDriveAuthorizeUrl");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error ODG2001", output);
    }
}
