using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Drive;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// Copy as "driveItem: copy" documents it: conflicts refused when the copy is requested (409 nameAlreadyExists),
/// @microsoft.graph.conflictBehavior honoured where it is supported (business drives) and refused where the docs say
/// it is not (OneDrive personal), parentReference by id or by path, a monitor reporting inProgress with
/// percentageComplete before completed with resourceId, and no folder copied into itself. Before: a conflict showed
/// up only as a failed monitor, parentReference.path was ignored (the copy went to the root), and a folder could be
/// copied into its own subfolder.
/// </summary>
public sealed class CopyRuleTests
{
    [Fact]
    public async Task A_taken_name_is_409_when_the_copy_is_requested()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Post, "/me/drive/root:/Notes.txt:/copy", content: EmulatorHarness.Json("{\"name\":\"Notes.txt\"}"));

        var error = await EmulatorHarness.JsonOf(response, HttpStatusCode.Conflict);
        Assert.Equal("nameAlreadyExists", error.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ParentReference_path_names_the_target_and_the_monitor_reports_progress_then_the_copy()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GraphAsync(HttpMethod.Post, "/me/drive/root:/Notes.txt:/copy", content: EmulatorHarness.Json("{\"parentReference\":{\"path\":\"/drive/root:/Documents\"}}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var monitor = response.Headers.Location!.ToString();
        var first = await EmulatorHarness.JsonOf(await h.SendAsync(HttpMethod.Get, monitor, null), HttpStatusCode.Accepted);
        Assert.Equal("inProgress", first.GetProperty("status").GetString());
        Assert.True(first.GetProperty("percentageComplete").GetDouble() is > 0 and < 100);
        System.Text.Json.JsonElement last;
        do
        {
            last = await EmulatorHarness.JsonOf(await h.SendAsync(HttpMethod.Get, monitor, null), HttpStatusCode.Accepted);
        }
        while (last.GetProperty("status").GetString() == "inProgress");

        Assert.Equal("completed", last.GetProperty("status").GetString());
        var copy = await h.GraphJsonAsync("/me/drive/items/" + System.Uri.EscapeDataString(last.GetProperty("resourceId").GetString()!));
        Assert.Equal("Notes.txt", copy.GetProperty("name").GetString());
        Assert.EndsWith("root:/Documents", copy.GetProperty("parentReference").GetProperty("path").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_cannot_be_copied_into_itself()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var inner = await h.GraphJsonAsync("/me/drive/root:/Pictures/Vacation");

        using var response = await h.GraphAsync(HttpMethod.Post, "/me/drive/root:/Pictures:/copy", content: EmulatorHarness.Json($"{{\"parentReference\":{{\"id\":\"{inner.GetProperty("id").GetString()}\"}}}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(ItemIdStyle.Business, HttpStatusCode.Accepted)]
    [InlineData(ItemIdStyle.Personal, HttpStatusCode.BadRequest)]
    public async Task ConflictBehavior_rename_works_where_it_is_supported(ItemIdStyle style, HttpStatusCode expected)
    {
        await using var h = await EmulatorHarness.StartAsync(o => o.ItemIdStyle = style);

        using var response = await h.GraphAsync(HttpMethod.Post, "/me/drive/root:/Notes.txt:/copy?@microsoft.graph.conflictBehavior=rename", content: EmulatorHarness.Json("{\"name\":\"Notes.txt\"}"));

        Assert.Equal(expected, response.StatusCode);
    }
}
