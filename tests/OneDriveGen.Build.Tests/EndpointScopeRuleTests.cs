using System.IO;
using System.Linq;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class EndpointScopeRuleTests
{
    private const string Spec = """
        {
          "endpoints": [
            { "name": "listChildren", "scopes": ["Files.Read", "Files.ReadWrite", "Files.Read.All"] },
            { "name": "createUploadSession",
              "scopes": ["Files.ReadWrite", "Files.ReadWrite.All"] }
          ]
        }
        """;

    [Fact]
    public void An_endpoint_the_scopes_do_not_allow_is_ODG2070_naming_it_and_the_scope_to_add()
    {
        using var run = TaskRun.WithSpec(Spec, ("OneDriveScopes", "offline_access Files.Read"));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2070", error.Code);
        Assert.Equal(run.Lines["OneDriveScopes"], error.LineNumber);
        Assert.Contains("'createUploadSession' (onedrive-endpoints.json(5,17))", error.Message);
        Assert.Contains("add Files.ReadWrite", error.Message);
    }

    [Fact]
    public void A_wider_scope_allows_the_narrower_ones_it_includes()
    {
        using var run = TaskRun.WithSpec(Spec, ("OneDriveScopes", "offline_access Files.ReadWrite"));

        Assert.Empty(run.Codes);
    }

    [Fact]
    public void A_scope_wider_than_every_endpoint_needs_is_message_ODG2071()
    {
        using var run = TaskRun.WithSpec(Spec, ("OneDriveScopes", "offline_access Files.ReadWrite.All"));

        Assert.True(run.Succeeded);
        var message = Assert.Single(run.Engine.Messages, m => m.Code is not null);
        Assert.Equal("ODG2071", message.Code);
        Assert.Contains("'Files.ReadWrite' allows all of them", message.Message);
    }

    [Fact]
    public void The_shipped_spec_is_allowed_by_the_default_scopes()
    {
        var shipped = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "onedrive-endpoints.json"));
        using var run = TaskRun.WithSpec(shipped, ("OneDriveScopes", "offline_access Files.ReadWrite.All"));

        Assert.Empty(run.Engine.Errors);
        Assert.Empty(run.Engine.Warnings);
    }

    [Fact]
    public void A_spec_that_does_not_parse_is_left_to_the_generator()
    {
        using var run = TaskRun.WithSpec("{ \"endpoints\": [ ");

        Assert.Empty(run.Codes);
    }
}
