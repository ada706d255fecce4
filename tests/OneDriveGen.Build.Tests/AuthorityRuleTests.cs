using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class AuthorityRuleTests
{
    [Theory]
    [InlineData("OneDriveAuthorityHost", "https://login.microsoftonline.com")]
    [InlineData("OneDriveAuthorityHost", "https://login.microsoftonline.us")]
    [InlineData("OneDriveAuthorityHost", "http://127.0.0.1:5099")]
    [InlineData("OneDriveRefreshEndpoint", "v2")]
    [InlineData("OneDriveRefreshEndpoint", "V2")]
    public void Identity_platform_hosts_and_a_loopback_emulator_pass(string property, string value)
    {
        using var run = TaskRun.With((property, value));

        Assert.Empty(run.Codes);
    }

    [Theory]
    [InlineData("OneDriveAuthorityHost", "login.microsoftonline.com")]
    [InlineData("OneDriveAuthorityHost", "http://login.microsoftonline.com")]
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
    [InlineData("OneDriveRefreshEndpoint", "live")]
    [InlineData("OneDriveAuthorityHost", "https://login.live.com")]
    public void The_legacy_Live_endpoint_is_warning_ODG2023_naming_the_v2_alternative(string property, string value)
    {
        using var run = TaskRun.With((property, value));

        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2023", warning.Code);
        Assert.Contains("oauth2/v2.0/token", warning.Message);
    }

    [Theory]
    [InlineData("https://login.live.com/oauth20_token.srf", "write 'live'")]
    [InlineData("https://login.microsoftonline.com/common/oauth2/v2.0/token", "write 'v2'")]
    [InlineData("legacy", "one of v2, live.")]
    public void A_refresh_endpoint_other_than_v2_or_live_is_ODG2027_saying_what_to_write(string value, string says)
    {
        using var run = TaskRun.With(("OneDriveRefreshEndpoint", value));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2027", error.Code);
        Assert.Equal(run.Lines["OneDriveRefreshEndpoint"], error.LineNumber);
        Assert.Contains(says, error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:5099", false)]
    [InlineData("http://127.0.0.1:5099", false)]
    [InlineData("http://[::1]:5099", false)]
    [InlineData("http://127.0.0.2:5099", true)]
    public void Plain_http_is_accepted_for_the_loopback_hosts_the_generator_and_runtime_accept(string host, bool refused)
    {
        using var run = TaskRun.With(("OneDriveAuthorityHost", host));

        Assert.Equal(refused ? new[] { "ODG2020" } : System.Array.Empty<string>(), run.Engine.Errors.Select(e => e.Code));
    }
}
