using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OneDriveGen.Generator;

/// <summary>Decides which additional files are endpoint specs.</summary>
internal static class SpecFileFilter
{
    public const string SpecMetadata = "build_metadata.AdditionalFiles.OneDriveGenSpec";

    /// <summary>
    /// A spec is any additional file named <c>*-endpoints.json</c>, or any marked
    /// <c>OneDriveGenSpec="true"</c>; <c>OneDriveGenSpec="false"</c> opts a file out.
    /// </summary>
    public static bool IsSpec(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        options.GetOptions(text).TryGetValue(SpecMetadata, out var marked);
        if (string.Equals(marked, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase)
            || Path.GetFileName(text.Path).EndsWith("-endpoints.json", StringComparison.OrdinalIgnoreCase);
    }
}
