using System;
using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Generated;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// Thumbnail sizes: the custom ones (<c>c300x400</c> fits in a box, <c>c300x400_crop</c> fills it) and reading them
/// from a set, where they arrive under their requested name rather than as declared properties.
/// </summary>
public static class ThumbnailSizes
{
    /// <summary>The name of a custom size.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A side is not positive.</exception>
    public static string Custom(int width, int height, bool crop = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        return string.Create(CultureInfo.InvariantCulture, $"c{width}x{height}{(crop ? "_crop" : string.Empty)}");
    }

    /// <summary>
    /// The custom thumbnail of <paramref name="size"/> in a thumbnail set, read by your model's reader
    /// (<c>GetCustom(set, "c300x400_crop", Thumbnail.ReadJson)</c>). Custom sizes asked for with $select arrive under
    /// their requested name, not as declared properties, and are matched without regard to case (the docs spell
    /// them _crop and _Crop); declared sizes are the set's properties (<c>set.Medium</c>).
    /// </summary>
    /// <returns>The thumbnail, or default when the set has no such size.</returns>
    public static TThumbnail? GetCustom<TThumbnail>(IAdditionalDataHolder set, string size, JsonValueReader<TThumbnail> readThumbnail)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentException.ThrowIfNullOrEmpty(size);
        ArgumentNullException.ThrowIfNull(readThumbnail);
        foreach (var (key, value) in set.AdditionalData)
        {
            if (string.Equals(key, size, StringComparison.OrdinalIgnoreCase) && value is UntypedObject custom)
            {
                return GraphJson.Read(UntypedJson.Write(custom).Span, readThumbnail);
            }
        }

        return default;
    }
}
