using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Web.Imports;
using Xunit;

namespace OneDriveGen.Web.Tests;

/// <summary>
/// A large import shows its progress: the page the import button leads to says how far it is and refreshes itself
/// until the file is in, on any node (the progress lives in the shared cache), and only for its own user.
/// </summary>
public sealed class ImportProgressTests
{
    [Fact]
    public async Task The_progress_page_shows_how_far_an_import_is_then_its_result()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = host.Visitor();
        using var other = host.Visitor();
        await web.SignInAsync("mia");
        await other.SignInAsync("noah");
        var jobs = host.Sample.App.Services.GetRequiredService<ImportJobs>();
        var halfway = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var id = await jobs.StartAsync("mia", async (progress, ct) =>
        {
            progress.Report(new TransferProgress(50L * 1024 * 1024, 100L * 1024 * 1024));
            halfway.SetResult();
            await finish.Task;
            return new ImportedFile("big.bin", 100L * 1024 * 1024, new string('a', 64));
        });
        await halfway.Task;
        await Task.Delay(300);

        await web.GoAsync($"/imports/{id}");
        Assert.Contains("50 MiB of 100 MiB (50 %)", web.Page, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", web.Page, StringComparison.Ordinal);

        await other.GoAsync($"/imports/{id}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, other.Status);

        finish.SetResult();
        await web.ReloadUntilAsync("id=\"sha256\"", TimeSpan.FromSeconds(10));
    }
}
