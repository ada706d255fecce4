using System.Linq;
using Microsoft.Build.Framework;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class ScopeShapeRuleTests
{
    [Theory]
    [InlineData("offline_access https://graph.microsoft.com/Files.ReadWrite.All")]
    [InlineData("openid profile email offline_access User.Read Files.Read")]
    [InlineData("https://graph.microsoft.com/.default")]
    public void Graph_scopes_in_any_spelling_pass(string scopes)
    {
        using var run = TaskRun.With(("OneDriveScopes", scopes));

        Assert.Empty(run.Engine.Errors);
        Assert.DoesNotContain(run.Codes, c => c is "ODG2051" or "ODG2052" or "ODG2054");
    }

    [Fact]
    public void Dot_default_with_other_scopes_is_ODG2051()
    {
        using var run = TaskRun.With(("OneDriveScopes", "offline_access https://graph.microsoft.com/.default Files.Read"));

        Assert.Equal("ODG2051", Assert.Single(run.Engine.Errors).Code);
    }

    [Fact]
    public void Scopes_of_two_resources_are_ODG2052_naming_both()
    {
        using var run = TaskRun.With(("OneDriveScopes", "offline_access Files.Read https://outlook.office.com/Mail.Read"));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2052", error.Code);
        Assert.Contains("https://outlook.office.com", error.Message);
        Assert.Contains("https://graph.microsoft.com", error.Message);
    }

    [Fact]
    public void A_misspelled_scope_is_ODG2054_with_a_suggestion()
    {
        using var run = TaskRun.With(("OneDriveScopes", "offline_access Files.ReadWrte.All"));

        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2054", warning.Code);
        Assert.Contains("did you mean 'Files.ReadWrite.All'", warning.Message);
    }

    [Fact]
    public void Lowercase_spelling_is_ODG2059_at_normal_importance_only()
    {
        using var run = TaskRun.With(("OneDriveScopes", "offline_access files.readwrite.all"));

        var message = Assert.Single(run.Engine.Messages, m => m.Code == "ODG2059");
        Assert.Equal(MessageImportance.Normal, message.Importance);
        Assert.Contains("Files.ReadWrite.All", message.Message);
        Assert.Empty(run.Engine.Warnings);
    }
}
