using System;
using System.IO;

namespace OneDriveGen.Build.Tests;

/// <summary>The checkout the tests run from, found by its solution file.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository's root folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OneDriveGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OneDriveGen.sln not found above " + AppContext.BaseDirectory);
    }
}
