using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;
using OneDriveGen.Runtime.OneDrive.Models;

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
    /// The thumbnail of <paramref name="size"/> in <paramref name="set"/>: a declared one (small, medium, …) or a custom
    /// one asked for with $select, matched without regard to case (the docs spell it _crop and _Crop).
    /// </summary>
    public static Thumbnail? Get(ThumbnailSet set, string size)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentException.ThrowIfNullOrEmpty(size);
        var declared = size.ToLowerInvariant() switch
        {
            "small" => set.Small,
            "medium" => set.Medium,
            "large" => set.Large,
            "smallsquare" => set.SmallSquare,
            "mediumsquare" => set.MediumSquare,
            "largesquare" => set.LargeSquare,
            "source" => set.Source,
            _ => null,
        };
        if (declared is not null)
        {
            return declared;
        }

        foreach (var (key, value) in set.AdditionalData)
        {
            if (string.Equals(key, size, StringComparison.OrdinalIgnoreCase) && value is UntypedObject custom)
            {
                var properties = custom.GetValue();
                return new Thumbnail
                {
                    Width = Number(properties, "width"),
                    Height = Number(properties, "height"),
                    Url = properties.TryGetValue("url", out var url) && url is UntypedString text ? text.GetValue() : null,
                };
            }
        }

        return null;
    }

    private static int? Number(IDictionary<string, UntypedNode> properties, string name) =>
        properties.TryGetValue(name, out var node) ? node switch
        {
            UntypedInteger i => i.GetValue(),
            UntypedLong l => (int)l.GetValue(),
            UntypedDouble d => (int)d.GetValue(),
            UntypedDecimal m => (int)m.GetValue(),
            _ => null,
        } : null;
}
