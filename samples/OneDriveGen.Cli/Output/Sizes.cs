using System.Globalization;

namespace OneDriveGen.Cli.Output;

/// <summary>Byte counts for people: 1.5 MiB.</summary>
internal static class Sizes
{
    public static string Format(long bytes)
    {
        string[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? bytes.ToString(CultureInfo.InvariantCulture) + " B" : value.ToString("0.#", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
