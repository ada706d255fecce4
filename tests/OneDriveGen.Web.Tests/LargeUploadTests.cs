using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using OneDriveGen.Benchmarks;
using Xunit;

namespace OneDriveGen.Web.Tests;

/// <summary>
/// A 100 MiB browser-form upload is streamed: ASP.NET Core buffers the form file on disk and the runtime sends it
/// to an upload session fragment by fragment, so the process never holds the file. The managed heap (app, emulator
/// and this test share the process) is sampled throughout and must stay far below the file's size.
/// </summary>
[Collection(MemorySampling.Name)]
public sealed class LargeUploadTests
{
    private const long Size = 100L * 1024 * 1024;

    [Fact]
    public async Task A_100_MiB_upload_does_not_hold_100_MiB_in_memory()
    {
        await using var host = await SampleHost.StartAsync();
        using var web = await host.ConnectedVisitorAsync("olga");
        var folder = WebUtility.HtmlDecode(Regex.Match(web.Page, "name=\"folder\" value=\"([^\"]+)\"").Groups[1].Value);
        var form = new MultipartFormDataContent { { new StringContent(folder), "folder" } };
        var file = new StreamContent(new PatternStream(Size), 81920);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "hundred.bin");

        double peak;
        using (var sampler = new ManagedPeak())
        {
            await web.SubmitMultipartAsync("/upload", form);
            peak = sampler.PeakAboveStartMiB;
        }

        Assert.Equal(HttpStatusCode.OK, web.Status);
        Assert.Matches("<tr><td>hundred.bin</td><td>100 MiB</td>", web.Page);
        Assert.True(peak < 48, $"the managed heap grew by {peak:F0} MiB during a 100 MiB upload");
    }
}

/// <summary>Memory sampling sees the whole process: tests in this collection run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemorySampling
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Memory sampling";
}
