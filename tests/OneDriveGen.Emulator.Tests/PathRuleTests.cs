using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Paths and names as the service reads them. Sources: wire reference §3.3 ("Path-based addressing encoding":
/// skilion/onedrive#167, a raw '+' becomes a space; clients send %2B), RFC 3986 §2.1 (a '%' starts %XX),
/// "Restrictions and limitations in OneDrive and SharePoint" (trailing period or space, reserved names on business
/// drives), and the captured 400 for a malformed drive ID (§3.1). Before: '+' stayed '+', a stray '%' was taken
/// literally, reserved names were accepted, and a malformed drive ID was 404.
/// </summary>
public sealed class PathRuleTests
{
    [Fact]
    public async Task A_raw_plus_in_a_path_is_a_space_and_percent_2B_is_a_plus()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var raw = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/a+b.txt:/content", content: new StringContent("raw"));
        using var encoded = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/a%2Bb.txt:/content", content: new StringContent("encoded"));

        Assert.Equal("a b.txt", (await EmulatorHarness.JsonOf(raw, HttpStatusCode.Created)).GetProperty("name").GetString());
        Assert.Equal("a+b.txt", (await EmulatorHarness.JsonOf(encoded, HttpStatusCode.Created)).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/me/drive/root:/100%.txt")]
    [InlineData("/me/drive/root:/a%2.txt")]
    [InlineData("/me/drive/root:/a%zz.txt")]
    public async Task A_percent_not_followed_by_two_hex_digits_is_400(string path)
    {
        await using var h = await EmulatorHarness.StartAsync();

        // System.Uri would repair the '%' into %25 before sending: the request goes out as raw bytes.
        var answer = await RawGetAsync(h, path);

        Assert.StartsWith("HTTP/1.1 400", answer, System.StringComparison.Ordinal);
        Assert.Contains("\"invalidRequest\"", answer, System.StringComparison.Ordinal);
    }

    private static async Task<string> RawGetAsync(EmulatorHarness h, string path)
    {
        var graph = new System.Uri(h.Emulator.GraphBaseUrl);
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(graph.Host, graph.Port);
        await using var stream = client.GetStream();
        var request = $"GET {graph.AbsolutePath.TrimEnd('/')}{path} HTTP/1.1\r\nHost: {graph.Authority}\r\nAuthorization: Bearer {h.Token()}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new System.IO.StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [InlineData("trailing.")]
    [InlineData("trailing%20")]
    public async Task A_name_ending_in_a_period_or_space_is_refused(string name)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Put, $"/me/drive/root:/{name}:/content", content: new StringContent("x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("CON", ItemIdStyle.Business, HttpStatusCode.BadRequest)]
    [InlineData("desktop.ini", ItemIdStyle.Business, HttpStatusCode.BadRequest)]
    [InlineData("~$report.docx", ItemIdStyle.Business, HttpStatusCode.BadRequest)]
    [InlineData("x_vti_y", ItemIdStyle.Business, HttpStatusCode.BadRequest)]
    [InlineData("LPT1", ItemIdStyle.Business, HttpStatusCode.BadRequest)]
    [InlineData("CONSOLE", ItemIdStyle.Business, HttpStatusCode.Created)]
    [InlineData("CON", ItemIdStyle.Personal, HttpStatusCode.Created)]
    public async Task Reserved_names_are_refused_on_business_drives(string name, ItemIdStyle style, HttpStatusCode expected)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.ItemIdStyle = style);

        using var response = await h.GraphAsync(HttpMethod.Put, $"/me/drive/root:/{System.Uri.EscapeDataString(name)}:/content", content: new StringContent("x"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-drive", HttpStatusCode.BadRequest)]
    [InlineData("0123456789abcdef", HttpStatusCode.NotFound)]
    public async Task A_malformed_drive_ID_is_400_and_an_unknown_well_formed_one_404(string driveId, HttpStatusCode expected)
    {
        await using var h = await EmulatorHarness.StartAsync();

        await h.GraphJsonAsync($"/drives/{driveId}/root", expected: expected);
    }
}
