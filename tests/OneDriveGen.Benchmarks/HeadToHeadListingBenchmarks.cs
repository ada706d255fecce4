using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Graph;
using OneDriveGen.Runtime.Drive;
using GraphItem = Microsoft.Graph.Models.DriveItem;
using GraphPage = Microsoft.Graph.Models.DriveItemCollectionResponse;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Listing 10,000 children (50 pages of 200, following <c>@odata.nextLink</c>) from the three head-to-head clients,
/// each the way its documentation says to walk every page: a nextLink loop, OneDriveGen's <see cref="Pager"/>, and
/// Microsoft.Graph's <c>PageIterator</c>.
/// </summary>
[MemoryDiagnoser]
public class HeadToHeadListingBenchmarks
{
    private HeadToHeadContenders _contenders = null!;
    private string _driveId = null!;
    private string _folderId = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _contenders = await HeadToHeadContenders.StartAsync(seeded: false, "--fill Many=10000");
        _driveId = await _contenders.IdOfAsync("/me/drive");
        _folderId = await _contenders.IdOfAsync("/me/drive/root:/Many");
    }

    [GlobalCleanup]
    public void Cleanup() => _contenders.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written")]
    public Task<int> HandWritten() => HandWrittenListing.CountAsync(
        _contenders.Http,
        $"{_contenders.BaseUrl}/drives/{_driveId}/items/{Uri.EscapeDataString(_folderId)}/children?$top=200",
        HeadToHeadJson.Default.FullPage,
        page => page.Value.Count,
        page => page.NextLink);

    [Benchmark(Description = "OneDriveGen")]
    public async Task<int> OneDriveGen()
    {
        var count = 0;
        var first = _contenders.OneDriveGen.Drives[_driveId].Items[_folderId].Children.ToGetRequestInformation(c => c.QueryParameters.Top = 200);
        await foreach (var item in Pager.EnumerateAsync(_contenders.OneDriveGenAdapter, first, OneDrive.Models.DriveItem.ReadJson))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "Microsoft.Graph")]
    public async Task<int> Graph()
    {
        var count = 0;
        var first = await _contenders.Graph.Drives[_driveId].Items[_folderId].Children.GetAsync(c => c.QueryParameters.Top = 200);
        var iterator = PageIterator<GraphItem, GraphPage>.CreatePageIterator(_contenders.Graph, first!, _ =>
        {
            count++;
            return true;
        });
        await iterator.IterateAsync();
        return count;
    }
}
