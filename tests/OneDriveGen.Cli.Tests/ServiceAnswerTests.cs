using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>
/// Every answer Graph documents (and a few it should never send) ends odg with one line saying what happened and
/// the exit code scripts rely on, never "Unexpected error". Graph is a real HTTP server on loopback that answers
/// the listing request as each case says.
/// </summary>
public sealed class ServiceAnswerTests
{
    [Theory]
    [InlineData("html-503", 1, "HTTP 503")]
    [InlineData("throttled", 1, "Throttled (HTTP 429)")]
    [InlineData("graph-401", 3, "odg login")]
    [InlineData("broken-json", 1, "could not be read")]
    [InlineData("repeated-next-link", 1, "same @odata.nextLink twice")]
    [InlineData("graph-403", 1, "accessDenied")]
    public async Task A_service_answer_is_one_line_with_its_exit_code(string answer, int exitCode, string says)
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        await using var graph = await RecordingHost.StartAsync(c => Answer(c, answer));

        var run = await h.RunAsync("ls", "--id", "X!1", "--set", $"OneDrive:GraphBaseUrl={graph.BaseUrl}/v1.0");

        Assert.True(run.ExitCode == exitCode, run.ToString());
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, run.ToString());
        Assert.StartsWith("odg: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(says, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Unexpected error", run.Stderr, StringComparison.Ordinal);
    }

    private static Task Answer(HttpContext context, string answer)
    {
        switch (answer)
        {
            case "html-503":
                context.Response.StatusCode = 503;
                context.Response.ContentType = "text/html";
                return context.Response.WriteAsync("<html><body>Service Unavailable</body></html>");
            case "throttled":
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "0";
                return Task.CompletedTask;
            case "graph-401":
                return RecordingHost.JsonAsync(context, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token has expired or is not yet valid.\"}}", 401);
            case "graph-403":
                return RecordingHost.JsonAsync(context, "{\"error\":{\"code\":\"accessDenied\",\"message\":\"Access denied\"}}", 403);
            case "broken-json":
                return RecordingHost.JsonAsync(context, "{\"value\":[{\"id\":\"X!2\",\"name\":");
            default:
                var self = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}?page=2";
                return RecordingHost.JsonAsync(context, "{\"value\":[],\"@odata.nextLink\":\"" + self + "\"}");
        }
    }
}
