using System.IO;
using System.Runtime.CompilerServices;

namespace OneDriveGen.Tests.Shared;

/// <summary>The checkout the tests and benchmarks were built from: two folders above this file.</summary>
internal static class RepositoryRoot
{
    /// <summary>The repository's root folder.</summary>
    public static string Path { get; } = FromThisFile();

    private static string FromThisFile([CallerFilePath] string thisFile = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "..", ".."));
}
