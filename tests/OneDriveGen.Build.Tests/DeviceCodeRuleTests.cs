using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

/// <summary>ODG2044, ODG2045: the device code flow needs a public client with "Allow public client flows".</summary>
public sealed class DeviceCodeRuleTests
{
    [Fact]
    public void A_public_client_that_allows_public_client_flows_passes()
    {
        using var run = TaskRun.With(("OneDriveDeviceCodeFlow", "true"), ("OneDriveAllowPublicClientFlows", "true"));

        Assert.Empty(run.Codes);
    }

    [Fact]
    public void A_confidential_client_is_ODG2044_at_its_client_type()
    {
        using var run = TaskRun.ForWebApp(("OneDriveDeviceCodeFlow", "true"), ("OneDriveAllowPublicClientFlows", "true"));

        var error = Assert.Single(run.Engine.Errors, e => e.Code == "ODG2044");
        Assert.Equal(run.Lines["OneDriveClientType"], error.LineNumber);
    }

    [Fact]
    public void Public_client_flows_not_stated_is_warning_ODG2045_at_the_device_code_property()
    {
        using var run = TaskRun.With(("OneDriveDeviceCodeFlow", "true"));

        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2045", warning.Code);
        Assert.Equal(run.Lines["OneDriveDeviceCodeFlow"], warning.LineNumber);
        Assert.Contains("AADSTS7000218", warning.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_device_code_flow_nothing_is_said()
    {
        using var run = TaskRun.ForWebApp(("OneDriveAllowPublicClientFlows", "false"));

        Assert.DoesNotContain(run.Codes, c => c is "ODG2044" or "ODG2045");
    }
}
