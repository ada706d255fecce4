using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Delegated Files permissions are enforced as Microsoft Graph documents them. Sources: the Permissions tables of
/// "Get a DriveItem resource", "List children of a driveItem", "Upload small files", "Update a DriveItem",
/// "Delete a DriveItem" (Files.Read, Files.ReadWrite, Files.Read.All, Files.ReadWrite.All; Sites.* for work
/// accounts); "Get a special folder by name" (created on first write; read-only permission and a missing folder is
/// 403). Before: reads needed no Files permission at all, and any scope containing "readwrite" (Mail.ReadWrite) could
/// write.
/// </summary>
public sealed class PermissionTests
{
    [Theory]
    [InlineData("User.Read")]
    [InlineData("offline_access Mail.ReadWrite")]
    [InlineData("openid profile")]
    public async Task A_token_without_a_Files_permission_cannot_read(string scopes)
    {
        await using var h = await EmulatorHarness.StartAsync();

        var error = await h.GraphJsonAsync("/me/drive/root/children", h.Token(scopes), HttpStatusCode.Forbidden);

        Assert.Equal("accessDenied", error.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("Files.Read")]
    [InlineData("files.read.all")]
    [InlineData("https://graph.microsoft.com/Files.Read")]
    [InlineData("Files.ReadWrite")]
    [InlineData("Files.ReadWrite.All")]
    public async Task Any_Files_permission_can_read(string scopes)
    {
        await using var h = await EmulatorHarness.StartAsync();

        var children = await h.GraphJsonAsync("/me/drive/root/children", h.Token(scopes));

        Assert.True(children.GetProperty("value").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("Files.Read", HttpStatusCode.Forbidden)]
    [InlineData("Files.Read.All", HttpStatusCode.Forbidden)]
    [InlineData("Mail.ReadWrite Files.Read", HttpStatusCode.Forbidden)]
    [InlineData("Files.ReadWrite", HttpStatusCode.Created)]
    [InlineData("Files.ReadWrite.All", HttpStatusCode.Created)]
    public async Task Only_a_Files_ReadWrite_permission_can_write(string scopes, HttpStatusCode expected)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Put, "/me/drive/root:/perm.txt:/content", h.Token(scopes), new StringContent("x"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_read_only_token_asking_for_a_missing_special_folder_gets_403_and_creates_nothing()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var denied = await h.GraphJsonAsync("/me/drive/special/approot", h.Token("Files.Read"), HttpStatusCode.Forbidden);
        var rootAfter = await h.GraphJsonAsync("/me/drive/root:/Apps", h.Token("Files.Read"), HttpStatusCode.NotFound);

        Assert.Equal("accessDenied", denied.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("itemNotFound", rootAfter.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_special_folder_is_created_for_a_token_that_may_write_and_then_readable_by_a_read_only_one()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var created = await h.GraphJsonAsync("/me/drive/special/approot", h.Token("Files.ReadWrite"));
        var read = await h.GraphJsonAsync("/me/drive/special/approot", h.Token("Files.Read"));

        Assert.Equal(created.GetProperty("id").GetString(), read.GetProperty("id").GetString());
        Assert.Equal("approot", read.GetProperty("specialFolder").GetProperty("name").GetString());
    }
}
