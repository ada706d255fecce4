using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class AuthorityRuleTests
{
    [Theory]
    [InlineData("OneDriveAuthorityHost", "https://login.microsoftonline.com")]
    [InlineData("OneDriveAuthorityHost", "https://login.microsoftonline.us")]
    [InlineData("OneDriveAuthorityHost", "http://127.0.0.1:5099")]
    [InlineData("OneDriveRefreshEndpoint", "https://login.microsoftonline.com/common/oauth2/v2.0/token")]
    public void Identity_platform_hosts_and_a_loopback_emulator_pass(string property, string value)
    {
        using var run = TaskRun.With((property, value));

        Assert.Empty(run.Codes);
    }

    [Theory]
    [InlineData("OneDriveAuthorityHost", "login.microsoftonline.com")]
    [InlineData("OneDriveAuthorityHost", "http://login.microsoftonline.com")]
    [InlineData("OneDriveRefreshEndpoint", "/oauth2/v2.0/token")]
    public void Relative_or_plain_http_endpoints_are_ODG2020_at_their_line(string property, string value)
    {
        using var run = TaskRun.With((property, value));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2020", error.Code);
        Assert.Equal(run.Lines[property], error.LineNumber);
    }

    [Fact]
    public void A_misspelt_host_is_warning_ODG2021()
    {
        using var run = TaskRun.With(("OneDriveAuthorityHost", "https://login.onmicrosoftonline.com"));

        Assert.Equal("ODG2021", Assert.Single(run.Engine.Warnings).Code);
    }

    [Theory]
    [InlineData("OneDriveRefreshEndpoint", "https://login.live.com/oauth20_token.srf")]
    [InlineData("OneDriveAuthorityHost", "https://login.live.com")]
    public void The_legacy_Live_endpoint_is_warning_ODG2023_naming_the_v2_alternative(string property, string value)
    {
        using var run = TaskRun.With((property, value));

        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2023", warning.Code);
        Assert.Contains("oauth2/v2.0/token", warning.Message);
    }
}
