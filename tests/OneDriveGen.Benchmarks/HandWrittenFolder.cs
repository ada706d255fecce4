using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// The hand-written folder transfers the folder benchmarks compare against: what a careful developer writes with
/// HttpClient alone, with the same parallelism. No skipping, no hash check, no resume, no name rules.
/// </summary>
internal static class HandWrittenFolder
{
    /// <summary>Lists the folder's children page by page and downloads every file's downloadUrl into <paramref name="into"/>.</summary>
    public static async Task<int> DownloadAsync(HttpClient authorized, HttpClient plain, string folderUrl, string into, int transfers)
    {
        Directory.CreateDirectory(into);
        var files = new List<(string Name, string Url)>();
        for (var next = folderUrl + "/children"; next is not null;)
        {
            using var page = JsonDocument.Parse(await authorized.GetStringAsync(next));
            foreach (var item in page.RootElement.GetProperty("value").EnumerateArray().Where(i => i.TryGetProperty("file", out _)))
            {
                files.Add((item.GetProperty("name").GetString()!, item.GetProperty("@microsoft.graph.downloadUrl").GetString()!));
            }

            next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = transfers }, async (file, ct) =>
        {
            using var response = await plain.GetAsync(file.Url, HttpCompletionOption.ResponseHeadersRead, ct);
            response.EnsureSuccessStatusCode();
            await using var target = File.Create(Path.Combine(into, file.Name));
            await response.Content.CopyToAsync(target, ct);
        });
        return files.Count;
    }

    /// <summary>Uploads every file of <paramref name="from"/> to <paramref name="folderPath"/>: one PUT up to 4 MiB, a session in 10 MiB fragments above.</summary>
    public static async Task<int> UploadAsync(HttpClient authorized, HttpClient plain, string baseUrl, string from, string folderPath, int transfers)
    {
        var files = Directory.GetFiles(from);
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = transfers }, async (path, ct) =>
        {
            var itemUrl = $"{baseUrl}/me/drive/root:/{folderPath}/{Uri.EscapeDataString(Path.GetFileName(path))}:";
            var length = new FileInfo(path).Length;
            await using var source = File.OpenRead(path);
            if (length <= 4 * 1024 * 1024)
            {
                using var put = await authorized.PutAsync(itemUrl + "/content", new StreamContent(source), ct);
                put.EnsureSuccessStatusCode();
                return;
            }

            using var created = await authorized.PostAsync(itemUrl + "/createUploadSession", new StringContent("{\"item\":{\"@microsoft.graph.conflictBehavior\":\"replace\"}}", System.Text.Encoding.UTF8, "application/json"), ct);
            created.EnsureSuccessStatusCode();
            using var session = JsonDocument.Parse(await created.Content.ReadAsStreamAsync(ct));
            var uploadUrl = session.RootElement.GetProperty("uploadUrl").GetString()!;
            var buffer = new byte[10 * 1024 * 1024];
            for (long offset = 0; offset < length; offset += buffer.Length)
            {
                var count = (int)Math.Min(buffer.Length, length - offset);
                await source.ReadExactlyAsync(buffer.AsMemory(0, count), ct);
                using var content = new ByteArrayContent(buffer, 0, count);
                content.Headers.ContentRange = new ContentRangeHeaderValue(offset, offset + count - 1, length);
                using var response = await plain.PutAsync(uploadUrl, content, ct);
                response.EnsureSuccessStatusCode();
            }
        });
        return files.Length;
    }
}
