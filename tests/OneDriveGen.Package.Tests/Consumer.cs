using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Package.Tests;

/// <summary>A fresh project under the feed's folder that references the packed OneDriveGen (or another consumer).</summary>
internal sealed class Consumer
{
    /// <summary>A valid registration, one property per line from line 8 of the project file.</summary>
    public static readonly string[] ValidProperties =
    {
        "<OneDriveClientId>2b3f4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d</OneDriveClientId>",
        "<OneDriveRedirectUri>http://127.0.0.1</OneDriveRedirectUri>",
        "<OneDriveScopes>offline_access Files.ReadWrite.All</OneDriveScopes>",
    };

    /// <summary>The first line of the OneDrive properties in the project file.</summary>
    public const int FirstPropertyLine = 8;

    /// <summary>
    /// Signs in with a token from the test (ODG_TOKEN) through the runtime's DI, then lists the root through the
    /// client generated in this project: proof of the lib, the generator and the emulator call at once.
    /// </summary>
    public const string CallingProgram = """
        using System.Reflection;
        using System.Runtime.Versioning;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Kiota.Abstractions;
        using OneDriveGen.Runtime.Auth;
        using OneDriveGen.Runtime.DependencyInjection;
        using OneDriveGen.Runtime.Tokens;

        var emulator = Environment.GetEnvironmentVariable("ODG_EMULATOR")!;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OneDrive:ClientId"] = Consumer.OneDrive.Auth.OneDriveAppRegistration.ClientId,
            ["OneDrive:AuthorityHost"] = emulator,
            ["OneDrive:GraphBaseUrl"] = emulator + "/v1.0",
        }).Build();
        using var services = new ServiceCollection().AddOneDrive(configuration).BuildServiceProvider();
        await services.GetRequiredService<OneDriveTokenProvider>().SignedInAsync(
            new TokenSet(Environment.GetEnvironmentVariable("ODG_TOKEN")!, null, DateTimeOffset.UtcNow.AddHours(1), new[] { "files.readwrite.all" }));
        var client = new Consumer.OneDrive.OneDriveClient(services.GetRequiredService<IRequestAdapter>());
        var children = await client.Me.Drive.Root.Children.GetAsync();
        var lib = typeof(OneDriveTokenProvider).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        Console.WriteLine($"listed {children!.Value!.Count} children: {string.Join(", ", children.Value.Select(c => c.Name))}");
        Console.WriteLine($"runtime lib {lib}");
        """;

    private Consumer(string directory, string projectFile)
    {
        Directory = directory;
        ProjectFile = projectFile;
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    /// <summary>Writes Consumer.csproj (or <paramref name="name"/>.csproj) and its Program.cs.</summary>
    public static Consumer Create(PackedFeed feed, string name, string targetFramework, IEnumerable<string> properties, string? program, string references, string outputType = "Exe")
    {
        var directory = Path.Combine(feed.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        var projectFile = Path.Combine(directory, name + ".csproj");
        var lines = new List<string>
        {
            "<Project Sdk=\"Microsoft.NET.Sdk\">",                                 // 1
            "  <PropertyGroup>",                                                    // 2
            $"    <OutputType>{outputType}</OutputType>",                          // 3
            $"    <TargetFramework>{targetFramework}</TargetFramework>",          // 4
            "    <Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings>", // 5
            "    <RootNamespace>Consumer</RootNamespace><RollForward>Major</RollForward>", // 6
            "    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>",            // 7
        };
        lines.AddRange(properties.Select(p => "    " + p));                       // from 8
        lines.Add("  </PropertyGroup>");
        lines.Add("  <ItemGroup>");
        lines.Add(references.Replace("$(OneDriveGenVersion)", feed.Version, StringComparison.Ordinal));
        lines.Add("  </ItemGroup>");
        lines.Add("</Project>");
        File.WriteAllText(projectFile, string.Join("\n", lines) + "\n");
        if (program is not null)
        {
            File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        }

        return new Consumer(directory, projectFile);
    }

    /// <summary>Both packages (the calling program uses AddOneDrive), plus in-memory configuration for it.</summary>
    public const string PackageReferences = """
            <PackageReference Include="OneDriveGen" Version="$(OneDriveGenVersion)" />
            <PackageReference Include="OneDriveGen.Hosting" Version="$(OneDriveGenVersion)" />
            <PackageReference Include="Microsoft.Extensions.Configuration" Version="10.0.15" />
        """;

    /// <summary>OneDriveGen alone: what a plain client needs.</summary>
    public const string CorePackageReference = """
            <PackageReference Include="OneDriveGen" Version="$(OneDriveGenVersion)" />
        """;

    /// <summary>
    /// A plain client on OneDriveGen alone: OneDriveClientFactory and tokens in memory, listing the root through the
    /// client generated in this project.
    /// </summary>
    public const string PlainProgram = """
        using OneDriveGen.Runtime.Auth;
        using OneDriveGen.Runtime.Configuration;
        using OneDriveGen.Runtime.Http;
        using OneDriveGen.Runtime.Tokens;

        var emulator = Environment.GetEnvironmentVariable("ODG_EMULATOR")!;
        var options = new OneDriveOptions { ClientId = Consumer.OneDrive.Auth.OneDriveAppRegistration.ClientId, AuthorityHost = emulator, GraphBaseUrl = emulator + "/v1.0" };
        var tokens = new OneDriveTokenProvider(new OneDriveSignIn(options, new TokenClient(new HttpClient())), new InMemoryTokenStore(), options);
        await tokens.SignedInAsync(new TokenSet(Environment.GetEnvironmentVariable("ODG_TOKEN")!, null, DateTimeOffset.UtcNow.AddHours(1), new[] { "files.readwrite.all" }));
        var client = new Consumer.OneDrive.OneDriveClient(OneDriveClientFactory.CreateAdapter(options, tokens));
        var children = await client.Me.Drive.Root.Children.GetAsync();
        Console.WriteLine($"listed {children!.Value!.Count} children");
        """;

    public (int ExitCode, string Output) Build() =>
        DotnetProcess.Run(Directory, new[] { "build", ProjectFile, "-nodeReuse:false", "-p:UseSharedCompilation=false" });

    public (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string> environment) =>
        DotnetProcess.Run(Directory, new[] { "run", "--project", ProjectFile, "--no-build" }, environment);
}
