using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OneDriveGen.Benchmarks;

// The hand-written contender's shapes for a single item and a thumbnails answer, beside FullListingModels' page.

/// <summary>A thumbnails answer.</summary>
public sealed class ThumbnailPage
{
    /// <summary>The sets.</summary>
    [JsonPropertyName("value")]
    public List<ThumbnailSetShape> Value { get; set; } = new();
}

/// <summary>One thumbnail set.</summary>
public sealed class ThumbnailSetShape
{
    /// <summary>The set's ID.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Small.</summary>
    [JsonPropertyName("small")]
    public ThumbnailShape? Small { get; set; }

    /// <summary>Medium.</summary>
    [JsonPropertyName("medium")]
    public ThumbnailShape? Medium { get; set; }

    /// <summary>Large.</summary>
    [JsonPropertyName("large")]
    public ThumbnailShape? Large { get; set; }
}

/// <summary>One thumbnail.</summary>
public sealed class ThumbnailShape
{
    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public int Width { get; set; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int Height { get; set; }

    /// <summary>Pre-authenticated URL of the image.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }
}

/// <summary>Source-generated JSON metadata of the hand-written head-to-head contender.</summary>
[JsonSerializable(typeof(FullItem))]
[JsonSerializable(typeof(ThumbnailPage))]
[JsonSerializable(typeof(FullPage))]
internal sealed partial class HeadToHeadJson : JsonSerializerContext
{
}
