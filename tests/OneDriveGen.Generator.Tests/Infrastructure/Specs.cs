using System;
using System.IO;

namespace OneDriveGen.Generator.Tests.Infrastructure;

/// <summary>The small focused spec the tests vary, and a helper to vary it.</summary>
internal static class Specs
{
    public static string Mini => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "mini-endpoints.json"));

    /// <summary>The mini spec with one exact piece of text replaced; fails loudly if the text is not there once.</summary>
    public static string MiniWith(string find, string replace)
    {
        var text = Mini;
        var index = text.IndexOf(find, StringComparison.Ordinal);
        if (index < 0 || text.IndexOf(find, index + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{find}' must occur exactly once in the mini spec.", nameof(find));
        }

        return text.Replace(find, replace, StringComparison.Ordinal);
    }
}
