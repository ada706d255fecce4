using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class MoreRedirectRuleTests
{
    [Theory]
    [InlineData("https://app.contoso.com/callback(1)")]
    [InlineData("https://app.contoso.com/a,b")]
    [InlineData("https://app.contoso.com/it's")]
    public void Refused_characters_are_ODG2036(string redirect)
    {
        using var run = TaskRun.ForWebApp(("OneDriveRedirectUri", redirect));

        Assert.Equal(new[] { "ODG2036" }, run.Engine.Errors.Select(e => e.Code));
    }

    [Fact]
    public void The_out_of_band_urn_is_warning_ODG2037()
    {
        using var run = TaskRun.With(("OneDriveRedirectUri", "urn:ietf:wg:oauth:2.0:oob"));

        Assert.Equal(new[] { "ODG2037" }, run.Codes);
    }

    [Fact]
    public void Localhost_is_message_ODG2039_preferring_127_0_0_1()
    {
        using var run = TaskRun.With(("OneDriveRedirectUri", "http://localhost:5000/"));

        Assert.True(run.Succeeded);
        Assert.Equal(new[] { "ODG2039" }, run.Codes);
    }

    [Fact]
    public void Loopback_uris_differing_only_by_port_are_warning_ODG2040_once()
    {
        using var run = TaskRun.With(("OneDriveRedirectUri", "http://127.0.0.1:5000/cb;http://127.0.0.1:6000/cb;http://127.0.0.1:6000/other"));

        Assert.Equal(new[] { "ODG2040" }, run.Engine.Warnings.Select(w => w.Code));
        Assert.Contains("6000/cb", run.Engine.Warnings[0].Message);
    }
}
