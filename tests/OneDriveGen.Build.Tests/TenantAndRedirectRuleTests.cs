using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class TenantAndRedirectRuleTests
{
    [Theory]
    [InlineData("organizations")]
    [InlineData("consumers")]
    [InlineData("72f988bf-86f1-41af-91ab-2d7cd011db47")]
    [InlineData("contoso.onmicrosoft.com")]
    public void Accepted_tenants_pass(string tenant)
    {
        using var run = TaskRun.With(("OneDriveTenant", tenant));

        Assert.Empty(run.Codes);
    }

    [Theory]
    [InlineData("my tenant")]
    [InlineData("contoso")]
    public void Other_tenants_are_ODG2010_at_their_line(string tenant)
    {
        using var run = TaskRun.With(("OneDriveTenant", tenant));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2010", error.Code);
        Assert.Equal(run.Lines["OneDriveTenant"], error.LineNumber);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/callback")]
    [InlineData("https://app.contoso.com/signin-oidc")]
    [InlineData("http://127.0.0.1;https://app.contoso.com/auth")]
    public void Accepted_redirect_uris_pass(string redirect)
    {
        using var run = TaskRun.ForWebApp(("OneDriveRedirectUri", redirect));

        Assert.Empty(run.Codes);
    }

    [Theory]
    [InlineData("/callback", "ODG2030")]
    [InlineData("http://app.contoso.com/callback", "ODG2031")]
    [InlineData("https://*.contoso.com/callback", "ODG2033")]
    [InlineData("https://app.contoso.com/callback#done", "ODG2034")]
    [InlineData("http://[::1]:5000/", "ODG2038")]
    public void Refused_redirect_uris_are_errors_at_their_line(string redirect, string code)
    {
        using var run = TaskRun.ForWebApp(("OneDriveRedirectUri", redirect));

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(run.Lines["OneDriveRedirectUri"], error.LineNumber);
    }

    [Fact]
    public void A_redirect_uri_longer_than_256_characters_is_ODG2032()
    {
        using var run = TaskRun.ForWebApp(("OneDriveRedirectUri", "https://app.contoso.com/" + new string('a', 240)));

        Assert.Equal(new[] { "ODG2032" }, run.Engine.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Each_of_several_redirect_uris_is_checked()
    {
        using var run = TaskRun.ForWebApp(("OneDriveRedirectUri", "http://localhost;http://app.contoso.com/a;https://x.contoso.com/b#c"));

        Assert.Equal(new[] { "ODG2031", "ODG2034" }, run.Engine.Errors.Select(e => e.Code));
    }
}
