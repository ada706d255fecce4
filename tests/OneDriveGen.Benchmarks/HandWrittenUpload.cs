using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;

namespace OneDriveGen.Benchmarks;

/// <summary>The hand-written session upload the transfer benchmarks compare against: one fragment buffer, PUTs in order.</summary>
internal static class HandWrittenUpload
{
    /// <summary>Creates a session at <paramref name="createSessionUrl"/> (replacing the file) and sends <paramref name="size"/> pattern bytes.</summary>
    public static async Task<long> SendAsync(HttpClient authorized, HttpClient plain, string createSessionUrl, long size, int fragment)
    {
        using var created = await authorized.PostAsync(createSessionUrl, new StringContent("{\"item\":{\"@microsoft.graph.conflictBehavior\":\"replace\"}}", System.Text.Encoding.UTF8, "application/json"));
        created.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await created.Content.ReadAsStreamAsync());
        var uploadUrl = json.RootElement.GetProperty("uploadUrl").GetString()!;
        Stream source = new PatternStream(size);
        var buffer = new byte[fragment];
        for (long offset = 0; offset < size; offset += fragment)
        {
            var length = (int)Math.Min(fragment, size - offset);
            source.ReadExactly(buffer, 0, length);
            using var content = new ByteArrayContent(buffer, 0, length);
            content.Headers.ContentRange = new ContentRangeHeaderValue(offset, offset + length - 1, size);
            using var response = await plain.PutAsync(uploadUrl, content);
            response.EnsureSuccessStatusCode();
        }

        return size;
    }
}
