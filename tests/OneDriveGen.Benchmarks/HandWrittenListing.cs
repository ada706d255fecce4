using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;

namespace OneDriveGen.Benchmarks;

/// <summary>The hand-written listing the listing benchmarks compare against: follow @odata.nextLink, deserialize each page.</summary>
internal static class HandWrittenListing
{
    /// <summary>Reads every page from <paramref name="first"/> with System.Text.Json source generation; returns the items counted.</summary>
    public static async Task<int> CountAsync<TPage>(HttpClient http, string first, JsonTypeInfo<TPage> pageType, Func<TPage, int> itemCount, Func<TPage, string?> nextLink)
    {
        var count = 0;
        string? next = first;
        while (next is not null)
        {
            await using var body = await http.GetStreamAsync(next);
            var page = await JsonSerializer.DeserializeAsync(body, pageType);
            count += itemCount(page!);
            next = nextLink(page!);
        }

        return count;
    }
}
