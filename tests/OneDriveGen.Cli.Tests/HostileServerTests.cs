using System.Linq;
using System.Threading.Tasks;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>
/// What a server says never drives the terminal: odg, pointed at a hostile Graph, prints item names and error
/// messages with their escape sequences and other control characters neutralised.
/// </summary>
public sealed class HostileServerTests
{
    // Set the window title, clear the screen, then a carriage return to overwrite the line, and a bidi override.
    private const string Payload = "\u001b]0;pwned\u0007\u001b[2J\rodg: all good\u202E";

    [Fact]
    public async Task Names_and_error_messages_from_the_service_reach_the_terminal_without_control_characters()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        await using var graph = await RecordingHost.StartAsync(c => c.Request.Path.Value!.Contains("/items/", System.StringComparison.Ordinal)
            ? RecordingHost.JsonAsync(c, "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"" + Json(Payload) + "\"}}", 404)
            : RecordingHost.JsonAsync(c, "{\"value\":[{\"id\":\"X!1\",\"name\":\"" + Json("evil" + Payload) + "\",\"size\":1,\"file\":{\"mimeType\":\"text/plain\"}}]}"));
        string[] Hostile(params string[] arguments) => arguments.Concat(new[] { "--set", $"OneDrive:GraphBaseUrl={graph.BaseUrl}/v1.0" }).ToArray();

        var listed = await h.RunAsync(Hostile("ls"));
        var failed = await h.RunAsync(Hostile("ls", "--id", "X!1", "--verbose"));

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("evil", listed.Stdout, System.StringComparison.Ordinal);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("odg: itemNotFound:", failed.Stderr, System.StringComparison.Ordinal);
        foreach (var text in new[] { listed.Stdout, failed.Stderr })
        {
            Assert.DoesNotContain(text, c => c is '\u0007' or '\u202E' or '\r');
            Assert.DoesNotContain("]0;pwned", text.Replace("\uFFFD]0;pwned", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        }
    }

    private static string Json(string text) => System.Text.Json.JsonEncodedText.Encode(text).ToString();
}
