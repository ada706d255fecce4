using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

using var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("ODG_TOKEN"));
var url = $"{Environment.GetEnvironmentVariable("ODG_GRAPH")}/drives/{Uri.EscapeDataString(Environment.GetEnvironmentVariable("ODG_DRIVE")!)}/items/{Uri.EscapeDataString(Environment.GetEnvironmentVariable("ODG_ITEM")!)}/thumbnails";
await using var body = await http.GetStreamAsync(url);
var page = await JsonSerializer.DeserializeAsync(body, ColdJson.Default.Sets);
Console.WriteLine(page!.Value[0].Medium!.Height);

/// <summary>The thumbnails answer.</summary>
internal sealed class Sets
{
    [JsonPropertyName("value")]
    public List<Set> Value { get; set; } = new();
}

/// <summary>One set.</summary>
internal sealed class Set
{
    [JsonPropertyName("medium")]
    public Thumb? Medium { get; set; }
}

/// <summary>One thumbnail.</summary>
internal sealed class Thumb
{
    [JsonPropertyName("height")]
    public int Height { get; set; }
}

/// <summary>Source-generated metadata.</summary>
[JsonSerializable(typeof(Sets))]
internal sealed partial class ColdJson : JsonSerializerContext
{
}
