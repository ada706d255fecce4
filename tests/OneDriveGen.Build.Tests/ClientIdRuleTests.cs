using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class ClientIdRuleTests
{
    [Fact]
    public void A_valid_configuration_logs_nothing_and_succeeds()
    {
        using var run = TaskRun.With();

        Assert.True(run.Succeeded);
        Assert.Empty(run.Codes);
    }

    [Fact]
    public void A_missing_client_id_is_ODG2001_at_the_project()
    {
        using var run = TaskRun.With(("OneDriveClientId", null));

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2001", error.Code);
        Assert.Equal(run.ProjectFile, error.File);
    }

    [Fact]
    public void A_client_id_that_is_not_a_guid_is_ODG2002_at_its_line_with_a_help_link()
    {
        using var run = TaskRun.With(("OneDriveClientId", "my-onedrive-app"));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2002", error.Code);
        Assert.Equal(run.ProjectFile, error.File);
        Assert.Equal(run.Lines["OneDriveClientId"], error.LineNumber);
        Assert.Equal(6, error.ColumnNumber); // XmlReader points at the element name: four spaces, then "<", then column 6
        Assert.EndsWith("docs/diagnostics/ODG2002.md", error.HelpLink);
        Assert.Contains("my-onedrive-app", error.Message);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("00001111-aaaa-2222-bbbb-3333cccc4444")]
    public void A_documentation_placeholder_is_warning_ODG2003(string placeholder)
    {
        using var run = TaskRun.With(("OneDriveClientId", placeholder));

        Assert.True(run.Succeeded);
        Assert.Equal("ODG2003", Assert.Single(run.Engine.Warnings).Code);
    }

    [Fact]
    public void Braces_in_a_value_are_printed_as_given()
    {
        using var run = TaskRun.With(("OneDriveClientId", "{0}{1}"));

        Assert.Contains("'{0}{1}'", Assert.Single(run.Engine.Errors).Message);
    }
}
