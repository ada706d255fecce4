using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class ScopeRuleTests
{
    [Fact]
    public void No_scopes_is_ODG2050()
    {
        using var run = TaskRun.With(("OneDriveScopes", null));

        Assert.Equal("ODG2050", Assert.Single(run.Engine.Errors).Code);
    }

    [Fact]
    public void Missing_offline_access_is_warning_ODG2053_at_the_scopes_line()
    {
        using var run = TaskRun.With(("OneDriveScopes", "Files.ReadWrite.All"));

        Assert.True(run.Succeeded);
        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2053", warning.Code);
        Assert.Equal(run.Lines["OneDriveScopes"], warning.LineNumber);
    }

    [Fact]
    public void Semicolon_separated_scopes_are_read_like_space_separated_ones()
    {
        using var run = TaskRun.With(("OneDriveScopes", "offline_access;Files.Read"));

        Assert.Empty(run.Codes);
    }

    [Fact]
    public void Legacy_live_scopes_are_ODG2026_one_per_scope()
    {
        using var run = TaskRun.With(("OneDriveScopes", "offline_access wl.signin onedrive.readwrite"));

        Assert.Equal(new[] { "ODG2026", "ODG2026" }, run.Engine.Warnings.Select(w => w.Code));
        Assert.Contains("wl.signin", run.Engine.Warnings[0].Message);
    }
}
