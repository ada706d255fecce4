using System.Linq;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>
/// The spec's http allowance follows the one loopback definition (common/Registration/Loopback.cs) that the build
/// task and the runtime use: localhost, 127.0.0.1 and [::1], nothing else of 127.0.0.0/8.
/// </summary>
public class LoopbackRuleTests
{
    [Theory]
    [InlineData("http://localhost:5099")]
    [InlineData("http://LOCALHOST")]
    [InlineData("http://127.0.0.1:5099/v1.0")]
    [InlineData("http://[::1]:5099")]
    public void Plain_http_to_a_loopback_host_is_accepted(string baseUrl)
    {
        var result = GeneratorHarness.Run(Specs.MiniWith("\"https://api.example.com/v1\"", $"\"{baseUrl}\""), "/specs/mini-endpoints.json");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("ODG", System.StringComparison.Ordinal));
        Assert.NotEmpty(result.Sources);
    }

    [Theory]
    [InlineData("http://127.0.0.2:5099")]
    [InlineData("http://127.1")]
    [InlineData("http://localhost.example.com")]
    public void Plain_http_to_anything_else_is_ODG1008(string baseUrl)
    {
        DiagnosticTests.AssertSingle(Specs.MiniWith("\"https://api.example.com/v1\"", $"\"{baseUrl}\""), "ODG1008", $"\"{baseUrl}\"");
    }
}
