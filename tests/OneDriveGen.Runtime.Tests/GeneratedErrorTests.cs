using System.IO;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Tests.OneDrive.Models;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The runtime's helpers throw the error model generated in the caller's project, as the builders do: the builders'
/// EndpointOption carries it, so the runtime needs no error type of its own.
/// </summary>
public sealed class GeneratedErrorTests
{
    private const string Missing = "D4648F06C91D9D3D!999";

    [Fact]
    public async Task Paging_a_missing_folder_throws_the_generated_ODataError()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();

        var error = await Assert.ThrowsAsync<ODataError>(async () =>
        {
            await foreach (var _ in Pager.EnumerateAsync(adapter, client.Me.Drive.Items[Missing].Children.ToGetRequestInformation(), DriveItem.ReadJson))
            {
            }
        });

        Assert.Equal("itemNotFound", error.Error?.Code);
        Assert.Equal(404, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Downloading_a_missing_item_throws_the_generated_ODataError()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => new DriveDownloader(adapter, h.Http).DownloadAsync(client.Me.Drive.Items[Missing].ToGetRequestInformation(), DriveItem.ReadJson, Stream.Null));

        Assert.Equal("itemNotFound", error.Error?.Code);
    }

    [Fact]
    public async Task An_upload_refused_for_a_taken_name_throws_the_generated_ODataError_and_a_raw_link_a_plain_ApiException()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var target = client.Me.Drive.Root.ItemWithPath("Notes.txt").ToGetRequestInformation();

        var taken = await Assert.ThrowsAsync<ODataError>(() => new DriveUploader(adapter, h.Http).UploadAsync(new MemoryStream(new byte[10]), target, DriveItem.ReadJson, ConflictBehavior.Fail));
        var raw = await Assert.ThrowsAnyAsync<ApiException>(() => Delta.GetChangesAsync(adapter, h.Emulator.GraphBaseUrl + "/me/drive/items/" + Missing + "/delta", DriveItem.ReadJson));

        Assert.Equal("nameAlreadyExists", taken.Error?.Code);
        Assert.Equal(409, taken.ResponseStatusCode);
        Assert.IsNotType<ODataError>(raw); // no builder made that request: Kiota's base type, with the status
        Assert.Equal(404, raw.ResponseStatusCode);
    }
}
