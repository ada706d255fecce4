using System;
using System.IO;
using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Package.Tests;

/// <summary>
/// OneDriveGen and its optional packages (Hosting, IdentityWeb, Azure) packed once per test run into a local folder feed, under a version of their
/// own so that no copy left in the NuGet cache by an earlier run is used instead.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "odg-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        PackExitCode = 0;
        PackOutput = string.Empty;
        foreach (var project in new[] { "OneDriveGen.Runtime", "OneDriveGen.Hosting", "OneDriveGen.IdentityWeb", "OneDriveGen.Azure" })
        {
            var path = Path.Combine(RepositoryRoot.Path, "runtime", project, project + ".csproj");
            var (exit, output) = DotnetProcess.Run(RepositoryRoot.Path, new[] { "pack", path, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false" });
            PackExitCode = Math.Max(PackExitCode, exit);
            PackOutput += output;
        }

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="onedrivegen-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Holds the feed, nuget.config (inherited by every consumer below it) and the consumers.</summary>
    public string Root { get; }

    /// <summary>The local folder feed.</summary>
    public string Feed { get; }

    /// <summary>The version packed.</summary>
    public string Version { get; }

    /// <summary>The exit code of dotnet pack.</summary>
    public int PackExitCode { get; }

    /// <summary>What dotnet pack printed.</summary>
    public string PackOutput { get; }

    /// <summary>The OneDriveGen package file.</summary>
    public string PackagePath => Path.Combine(Feed, $"OneDriveGen.{Version}.nupkg");

    /// <summary>An optional package's file, such as OneDriveGen.Azure's.</summary>
    public string OptionalPackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>The OneDriveGen.Hosting package file.</summary>
    public string HostingPackagePath => Path.Combine(Feed, $"OneDriveGen.Hosting.{Version}.nupkg");

    /// <inheritdoc />
    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        // Each run packs a version of its own; leave no copy of it in the NuGet cache.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "onedrivegen", "onedrivegen.hosting", "onedrivegen.identityweb", "onedrivegen.azure" })
        {
            var cached = Path.Combine(packages, id, Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
    }
}
