using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Tests.OneDrive;
using OneDriveGen.Runtime.Tests.OneDrive.Models;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>Thumbnails, copy, folders, rename/move, delete and search end to end through the generated client.</summary>
public class DriveOperationTests
{
    [Fact]
    public async Task ThumbnailSetsSizesCustomSizesAndBytes()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, _, _) = await h.SignInAsync();
        var cat = client.Me.Drive.Items[h.Emulator.Drive.FindIdByPath("Pictures/BritishShorthair.jpg")!];
        var crop = ThumbnailSizes.Custom(300, 400, crop: true);

        var sets = await cat.Thumbnails.GetAsync();
        var custom = await cat.Thumbnails.GetAsync(c => c.QueryParameters.Select = new[] { ThumbnailSizes.Custom(300, 400), crop });
        var one = await cat.Thumbnails["0"]["mediumSquare"].GetAsync();
        await using var bytes = await cat.Thumbnails["0"][crop].Content.GetAsync();
        using var png = new MemoryStream();
        await bytes!.CopyToAsync(png);

        Assert.Equal(96, sets!.Value![0].Small!.Height);
        Assert.Equal(400, ThumbnailSizes.GetCustom(custom!.Value![0], "C300X400_Crop", Thumbnail.ReadJson)!.Height);
        Assert.Equal(398, ThumbnailSizes.GetCustom(custom.Value[0], "c300x400", Thumbnail.ReadJson)!.Height);
        Assert.Equal(176, one!.Width);
        Assert.Equal((300, 400), (BinaryPrimitives.ReadInt32BigEndian(png.ToArray().AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.ToArray().AsSpan(20))));
        Assert.DoesNotContain(h.Emulator.Requests.Snapshot(), r => r.Host == "content" && r.HasAuthorization);
    }

    [Fact]
    public async Task CopyReturnsAHandleThatPollsToTheNewItem()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, adapter, _) = await h.SignInAsync();
        var documents = h.Emulator.Drive.FindIdByPath("Documents")!;
        var music = h.Emulator.Drive.FindIdByPath("Music")!;
        using var monitor = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var percentages = new System.Collections.Generic.List<double>();

        var handle = await new DriveCopier(adapter, monitor).StartAsync(client.Me.Drive.Items[documents].Copy.ToPostRequestInformation(new CopyRequest { ParentReference = new ItemReference { Id = music }, Name = "Docs copy" }));
        var newId = await handle.WaitAsync(TimeSpan.FromMilliseconds(10), new SyncProgress<double>(percentages.Add));

        var copy = await client.Me.Drive.Items[newId].GetAsync();
        Assert.Equal("Docs copy", copy!.Name);
        Assert.Equal(music, copy.ParentReference!.Id);
        Assert.NotEmpty(percentages);
        Assert.DoesNotContain(h.Emulator.Requests.Snapshot(), r => r.RawTarget.StartsWith("/monitor/", StringComparison.Ordinal) && r.HasAuthorization);
    }

    [Fact]
    public async Task CopyCompletingWith303IsUnderstood()
    {
        await using var h = await RuntimeHarness.StartAsync(emulatorOptions: o => { o.CopyCompletesWith303 = true; o.CopyPollsUntilDone = 0; });
        var (client, adapter, _) = await h.SignInAsync();
        using var monitor = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        var handle = await new DriveCopier(adapter, monitor).StartAsync(client.Me.Drive.Items[h.Emulator.Drive.FindIdByPath("Notes.txt")!].Copy.ToPostRequestInformation(new CopyRequest { Name = "Notes copy.txt" }));
        var newId = await handle.WaitAsync(TimeSpan.FromMilliseconds(10));

        Assert.Equal("Notes copy.txt", (await client.Me.Drive.Items[newId].GetAsync())!.Name);
    }

    [Fact]
    public async Task FolderRenameMoveDeleteAndSearch()
    {
        await using var h = await RuntimeHarness.StartAsync();
        var (client, _, _) = await h.SignInAsync();

        var folder = await client.Me.Drive.Root.Children.PostAsync(new DriveItem { Name = "Reports 2026", Folder = new Folder(), ConflictBehavior = "rename" });
        var renamed = await client.Me.Drive.Items[folder!.Id!].PatchAsync(new DriveItem { Name = "Reports 2027" });
        var notes = h.Emulator.Drive.FindIdByPath("Notes.txt")!;
        var moved = await client.Me.Drive.Items[notes].PatchAsync(new DriveItem { ParentReference = new ItemReference { Id = folder.Id } });
        var found = await client.Me.Drive.Root.SearchWithQ("reports").GetAsync();
        await client.Me.Drive.Items[notes].DeleteAsync();
        var gone = await Assert.ThrowsAsync<ODataError>(() => client.Me.Drive.Items[notes].GetAsync());

        Assert.Equal("Reports 2027", renamed!.Name);
        Assert.Equal("/drive/root:/Reports%202027", moved!.ParentReference!.Path);
        Assert.Contains(found!.Value!, i => i.Name == "Reports 2027");
        Assert.Equal("itemNotFound", gone.Error!.Code);
    }
}
