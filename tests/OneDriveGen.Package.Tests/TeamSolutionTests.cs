using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Package.Tests;

/// <summary>
/// OneDriveGen in a solution shaped like a real team's, from the local feed: every project builds, the registration
/// is checked and the client generated in App.Core only, App.Tests passes against the emulator, BenchmarkDotNet's
/// generated project builds and runs, and the solution holds one OneDriveClient.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class TeamSolutionTests(PackedFeed feed)
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task Every_project_builds_runs_and_sees_one_client()
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        var solution = TeamSolution.Create(feed);
        Run(solution, "new", "sln", "-n", "App");
        foreach (var project in new[] { "App.Core", "App.Web", "App.Tests", "App.Benchmarks" })
        {
            Run(solution, "sln", "App.slnx", "add", $"{project}/{project}.csproj");
        }

        var build = Run(solution, "build", "App.slnx", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:d");

        // Generated and validated in App.Core only; the projects downstream say why not, at detailed verbosity.
        Assert.DoesNotContain("error ODG", build, StringComparison.Ordinal);
        Assert.Contains("App.Tests.csproj", build, StringComparison.Ordinal);
        Assert.Contains("ODG2098: OneDriveGen generates nothing in this project", build, StringComparison.Ordinal);
        Assert.Equal(new[] { "App.Core:AppCore.OneDrive.Models.DriveItem", "App.Core:AppCore.OneDrive.OneDriveClient" }, ClientTypes(solution));

        await using var emulator = await OneDriveEmulator.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["ODG_EMULATOR"] = emulator.AuthorityHost,
            ["ODG_TOKEN"] = emulator.IssueTokens(AppRegistration.TestPublicClient.ClientId).AccessToken,
        };
        var test = Run(solution, new[] { "test", "App.Tests/App.Tests.csproj", "--no-build" }, environment);
        Assert.Contains("Passed!", test, StringComparison.Ordinal);
        Assert.Contains("Passed:     3", test, StringComparison.Ordinal);

        // BenchmarkDotNet builds a project of its own that references App.Benchmarks: it must build and run too.
        var benchmark = Run(solution, "run", "-c", "Release", "--project", "App.Benchmarks/App.Benchmarks.csproj", "--", "--filter", "*", "--job", "Dry");
        Assert.DoesNotContain("Benchmarks with issues", benchmark, StringComparison.Ordinal);
        Assert.Contains("UrlBenchmarks.ThumbnailsUrl", benchmark, StringComparison.Ordinal);
        Assert.DoesNotContain("error ODG", benchmark, StringComparison.Ordinal);
    }

    [Fact]
    public void The_packed_runtime_holds_no_generated_client()
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        using var package = System.IO.Compression.ZipFile.OpenRead(feed.PackagePath);
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            using var dll = new MemoryStream();
            using (var entry = package.GetEntry($"lib/{framework}/OneDriveGen.Runtime.dll")!.Open())
            {
                entry.CopyTo(dll);
            }

            dll.Position = 0;
            var types = TypeNames(dll).ToList();

            Assert.Contains("OneDriveGen.Runtime.Drive.Pager", types);
            Assert.DoesNotContain(types, t => t.EndsWith(".OneDriveClient", StringComparison.Ordinal) || t.Contains(".OneDrive.Models.", StringComparison.Ordinal) || t.EndsWith("RequestBuilder", StringComparison.Ordinal));
        }
    }

    private static string Run(TeamSolution solution, params string[] arguments) => Run(solution, arguments, null);

    private static string Run(TeamSolution solution, string[] arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var (exit, output) = solution.Dotnet(arguments, environment, Long);
        Assert.True(exit == 0, $"dotnet {string.Join(' ', arguments)} exited {exit}:\n{output}");
        return output;
    }

    // Every type named OneDriveClient or DriveItem in every assembly the solution built, read as metadata.
    private static IEnumerable<string> ClientTypes(TeamSolution solution)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var project in new[] { "App.Core", "App.Web", "App.Tests", "App.Benchmarks" })
        {
            var output = Path.Combine(solution.ProjectDirectory(project), "bin", "Debug", "net10.0");
            foreach (var dll in Directory.GetFiles(output, "*.dll").Where(d => Path.GetFileName(d).StartsWith("App.", StringComparison.Ordinal) || Path.GetFileName(d).StartsWith("OneDriveGen.", StringComparison.Ordinal)))
            {
                using var stream = File.OpenRead(dll);
                foreach (var type in TypeNames(stream).Where(t => t.EndsWith(".OneDriveClient", StringComparison.Ordinal) || t.EndsWith(".DriveItem", StringComparison.Ordinal)))
                {
                    found.Add(Path.GetFileNameWithoutExtension(dll) + ":" + type);
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> TypeNames(Stream assembly)
    {
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .ToList();
    }
}
