using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Identity;
using Xunit;

namespace OneDriveGen.Package.Tests;

/// <summary>
/// The packages, from a local feed, into fresh projects: the generator runs, the build task runs, the runtime lib
/// for the project's framework is used, and a call against the emulator succeeds, with OneDriveGen.Hosting (DI, file
/// and distributed token stores) or without it.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageTests(PackedFeed feed)
{
    [Fact]
    public void The_package_holds_the_lib_for_both_frameworks_one_generator_the_task_and_the_shipped_spec()
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/net8.0/OneDriveGen.Runtime.dll", entries);
        Assert.Contains("lib/net10.0/OneDriveGen.Runtime.dll", entries);
        Assert.Equal(new[] { "analyzers/dotnet/cs/OneDriveGen.Generator.dll" }, entries.Where(e => e.StartsWith("analyzers/", System.StringComparison.Ordinal)));
        Assert.Contains("tasks/netstandard2.0/OneDriveGen.Build.dll", entries);
        Assert.Contains("build/OneDriveGen.props", entries);
        Assert.Contains("build/OneDriveGen.targets", entries);
        Assert.Contains("buildTransitive/OneDriveGen.targets", entries);
        Assert.Contains("build/onedrive-endpoints.json", entries);
        Assert.Contains("README.md", entries);
        using var nuspec = new StreamReader(package.GetEntry("OneDriveGen.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<repository type=\"git\"", metadata); // Source Link's commit
        Assert.DoesNotContain("OneDriveGen.Generator\"", metadata); // helpers are not dependencies
        Assert.DoesNotContain("Microsoft.AspNetCore.DataProtection", metadata); // that is OneDriveGen.Hosting's
        Assert.DoesNotContain("Microsoft.Identity.Web", metadata); // OneDriveGen.IdentityWeb's
        Assert.DoesNotContain("Azure.Core", metadata); // OneDriveGen.Azure's
    }

    [Theory]
    [InlineData("OneDriveGen.IdentityWeb", "Microsoft.Identity.Web.TokenAcquisition")]
    [InlineData("OneDriveGen.Azure", "Azure.Core")]
    public void A_bring_your_own_token_package_holds_its_lib_and_brings_its_provider_alone(string id, string provider)
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        using var package = ZipFile.OpenRead(feed.OptionalPackagePath(id));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        using var nuspec = new StreamReader(package.GetEntry(id + ".nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();

        Assert.Contains($"lib/net8.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.Contains($"<dependency id=\"OneDriveGen\" version=\"{feed.Version}\"", metadata);
        Assert.Contains($"<dependency id=\"{provider}\"", metadata);
        Assert.DoesNotContain("OneDriveGen.Hosting", metadata);
    }

    [Fact]
    public void The_hosting_package_holds_its_lib_and_depends_on_the_same_OneDriveGen()
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        using var package = ZipFile.OpenRead(feed.HostingPackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        using var nuspec = new StreamReader(package.GetEntry("OneDriveGen.Hosting.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();

        Assert.Contains("lib/net8.0/OneDriveGen.Hosting.dll", entries);
        Assert.Contains("lib/net10.0/OneDriveGen.Hosting.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", System.StringComparison.Ordinal));
        Assert.Contains($"<dependency id=\"OneDriveGen\" version=\"{feed.Version}\"", metadata);
        Assert.Contains("Microsoft.AspNetCore.DataProtection", metadata);
    }

    [Fact]
    public async Task A_plain_client_on_OneDriveGen_alone_calls_the_emulator_without_the_hosting_stack()
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        await using var emulator = await OneDriveEmulator.StartAsync();
        var consumer = Consumer.Create(feed, "PlainApp", "net10.0", Consumer.ValidProperties, Consumer.PlainProgram, Consumer.CorePackageReference);

        var (buildExit, build) = consumer.Build();
        Assert.True(buildExit == 0, build);
        var (runExit, run) = consumer.Run(new Dictionary<string, string>
        {
            ["ODG_EMULATOR"] = emulator.AuthorityHost,
            ["ODG_TOKEN"] = emulator.IssueTokens(AppRegistration.TestPublicClient.ClientId).AccessToken,
        });
        var output = Directory.GetFiles(Path.Combine(consumer.Directory, "bin", "Debug", "net10.0")).Select(Path.GetFileName).ToList();

        Assert.True(runExit == 0, run);
        Assert.Contains("listed 4 children", run);
        Assert.Contains("OneDriveGen.Runtime.dll", output);
        Assert.DoesNotContain("OneDriveGen.Hosting.dll", output);
        Assert.DoesNotContain("Microsoft.AspNetCore.DataProtection.dll", output);
        Assert.DoesNotContain("Microsoft.Extensions.DependencyInjection.dll", output);
    }

    [Theory]
    [InlineData("net10.0", ".NETCoreApp,Version=v10.0")]
    [InlineData("net8.0", ".NETCoreApp,Version=v8.0")]
    public async Task A_fresh_project_generates_validates_and_calls_the_emulator(string targetFramework, string libFramework)
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        await using var emulator = await OneDriveEmulator.StartAsync();
        var consumer = Consumer.Create(feed, "App" + targetFramework.Replace(".", string.Empty, System.StringComparison.Ordinal), targetFramework, Consumer.ValidProperties, Consumer.CallingProgram, Consumer.PackageReferences);

        var (buildExit, build) = consumer.Build();
        Assert.True(buildExit == 0, build);
        var (runExit, run) = consumer.Run(new Dictionary<string, string>
        {
            ["ODG_EMULATOR"] = emulator.AuthorityHost,
            ["ODG_TOKEN"] = emulator.IssueTokens(AppRegistration.TestPublicClient.ClientId).AccessToken,
        });

        Assert.True(runExit == 0, run);
        Assert.Contains("listed 4 children: Documents, Music, Notes.txt, Pictures", run);
        Assert.Contains("runtime lib " + libFramework, run);
        Assert.Contains(emulator.Requests.Snapshot(), r => r.RawTarget == "/v1.0/me/drive/root/children" && r.HasAuthorization);
    }

    [Fact]
    public void A_bad_client_id_fails_the_build_at_its_line_with_ODG2002()
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        var properties = Consumer.ValidProperties.Select(p => p.Replace("2b3f4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "my-onedrive-app", System.StringComparison.Ordinal));
        var consumer = Consumer.Create(feed, "BadClientId", "net10.0", properties, "System.Console.WriteLine();\n", Consumer.PackageReferences);

        var (exitCode, output) = consumer.Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"{consumer.ProjectFile}({Consumer.FirstPropertyLine},6): error ODG2002: OneDriveClientId 'my-onedrive-app' is not a GUID", output);
    }

    [Fact]
    public void A_project_that_references_a_library_and_configures_a_registration_is_validated_and_uses_the_library_client()
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        Consumer.Create(feed, "Lib", "net10.0", Consumer.ValidProperties, "namespace Consumer.Lib; public static class Marker { }\n", Consumer.PackageReferences, outputType: "Library");
        const string Reference = "    <ProjectReference Include=\"../Lib/Lib.csproj\" />";
        const string UsesGeneratedClient = "System.Console.WriteLine(typeof(Consumer.OneDrive.OneDriveClient).Assembly.GetName().Name + \" \" + Consumer.OneDrive.Auth.OneDriveAppRegistration.ClientId);\n";
        var good = Consumer.Create(feed, "TransitiveApp", "net10.0", Consumer.ValidProperties, UsesGeneratedClient, Reference);
        var bad = Consumer.Create(feed, "TransitiveBadApp", "net10.0", new[] { "<OneDriveClientId>my-onedrive-app</OneDriveClientId>" }, UsesGeneratedClient, Reference);

        var (goodExit, goodBuild) = good.Build();
        var (badExit, badBuild) = bad.Build();

        var (runExit, run) = good.Run(new Dictionary<string, string>());

        Assert.True(goodExit == 0, goodBuild);
        Assert.True(runExit == 0, run);
        Assert.Contains("Lib 2b3f4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", run); // the library's client: none generated here
        Assert.NotEqual(0, badExit);
        Assert.Contains($"{bad.ProjectFile}({Consumer.FirstPropertyLine},6): error ODG2002:", badBuild);
    }

    [Fact]
    public void A_project_with_its_own_spec_is_generated_from_it_instead_of_the_shipped_one()
    {
        Assert.True(feed.PackExitCode == 0, feed.PackOutput);
        const string Program = """
            System.Console.WriteLine(typeof(Mini.Api.MiniClient).FullName);
            System.Console.WriteLine("shipped generated: " + (typeof(Mini.Api.MiniClient).Assembly.GetType("Consumer.OneDrive.OneDriveClient") is not null));
            """;
        var consumer = Consumer.Create(feed, "OwnSpec", "net10.0", Consumer.ValidProperties, Program, Consumer.PackageReferences);
        File.Copy(Path.Combine(OneDriveGen.Tests.Shared.RepositoryRoot.Path, "tests", "OneDriveGen.Generator.Tests", "Specs", "mini-endpoints.json"), Path.Combine(consumer.Directory, "mini-endpoints.json"));

        var (buildExit, build) = consumer.Build();
        var (runExit, run) = consumer.Run(new Dictionary<string, string>());

        Assert.True(buildExit == 0, build);
        Assert.True(runExit == 0, run);
        Assert.Contains("Mini.Api.MiniClient", run);
        Assert.Contains("shipped generated: False", run);
    }
}
