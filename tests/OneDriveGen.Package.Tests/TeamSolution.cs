using System.Collections.Generic;
using System.IO;
using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Package.Tests;

/// <summary>
/// A solution shaped like a real team's, written under the feed's folder: App.Core (the library that references
/// OneDriveGen and holds the registration and the client), App.Web (ASP.NET Core, references App.Core), App.Tests
/// (xunit with WebApplicationFactory, references both) and App.Benchmarks (BenchmarkDotNet, references App.Core).
/// Only App.Core names OneDriveGen.
/// </summary>
internal sealed class TeamSolution
{
    private TeamSolution(string directory) => Directory = directory;

    public string Directory { get; }

    public string SolutionFile => Path.Combine(Directory, "App.slnx");

    public string ProjectDirectory(string project) => Path.Combine(Directory, project);

    public static TeamSolution Create(PackedFeed feed)
    {
        var solution = new TeamSolution(Path.Combine(feed.Root, "TeamSolution"));
        solution.Write("App.Core/App.Core.csproj", CoreProject.Replace("$(OneDriveGenVersion)", feed.Version, System.StringComparison.Ordinal));
        solution.Write("App.Core/OneDriveFiles.cs", CoreCode);
        solution.Write("App.Web/App.Web.csproj", WebProject);
        solution.Write("App.Web/Program.cs", WebProgram);
        solution.Write("App.Tests/App.Tests.csproj", TestsProject);
        solution.Write("App.Tests/WebTests.cs", TestsCode);
        solution.Write("App.Benchmarks/App.Benchmarks.csproj", BenchmarksProject);
        solution.Write("App.Benchmarks/Program.cs", BenchmarksCode);
        return solution;
    }

    /// <summary>Runs dotnet in the solution's folder.</summary>
    public (int ExitCode, string Output) Dotnet(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, System.TimeSpan? timeout = null) =>
        DotnetProcess.Run(Directory, arguments, environment, timeout);

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private const string CoreProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>AppCore</RootNamespace>
            <OneDriveClientId>2b3f4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d</OneDriveClientId>
            <OneDriveRedirectUri>http://127.0.0.1</OneDriveRedirectUri>
            <OneDriveScopes>offline_access Files.ReadWrite.All</OneDriveScopes>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="OneDriveGen" Version="$(OneDriveGenVersion)" />
            <PackageReference Include="OneDriveGen.Hosting" Version="$(OneDriveGenVersion)" />
          </ItemGroup>
        </Project>
        """;

    private const string CoreCode = """
        using AppCore.OneDrive;
        using AppCore.OneDrive.Models;
        using Microsoft.Kiota.Abstractions;
        using OneDriveGen.Runtime.Drive;

        namespace AppCore;

        /// <summary>The app's own service over the generated client and the runtime's pager.</summary>
        public sealed class OneDriveFiles(IRequestAdapter adapter)
        {
            public OneDriveClient Client { get; } = new(adapter);

            public async Task<List<string>> RootNamesAsync(CancellationToken cancellationToken = default)
            {
                var names = new List<string>();
                await foreach (var item in Pager.EnumerateAsync(adapter, Client.Me.Drive.Root.Children.ToGetRequestInformation(), DriveItem.ReadJson, cancellationToken))
                {
                    names.Add(item.Name!);
                }

                return names;
            }

            public string ThumbnailsUrl(string itemId) => Client.Me.Drive.Items[itemId].Thumbnails.ToGetRequestInformation().URI.OriginalString;
        }
        """;

    private const string WebProject = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>AppWeb</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="../App.Core/App.Core.csproj" />
          </ItemGroup>
        </Project>
        """;

    private const string WebProgram = """
        using AppCore;
        using OneDriveGen.Runtime.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOneDrive(builder.Configuration);
        builder.Services.AddTransient<OneDriveFiles>();
        var app = builder.Build();
        app.MapGet("/files", (OneDriveFiles files, CancellationToken cancellationToken) => files.RootNamesAsync(cancellationToken));
        app.Run();

        public partial class Program;
        """;

    private const string TestsProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
            <PackageReference Include="Microsoft.AspNetCore.Mvc.Testing" Version="10.0.15" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="../App.Core/App.Core.csproj" />
            <ProjectReference Include="../App.Web/App.Web.csproj" />
          </ItemGroup>
        </Project>
        """;

    private const string TestsCode = """
        using System.Net.Http.Json;
        using AppCore;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Mvc.Testing;
        using Microsoft.Extensions.DependencyInjection;
        using OneDriveGen.Runtime.Auth;
        using OneDriveGen.Runtime.Http;
        using OneDriveGen.Runtime.Tokens;
        using Xunit;

        public sealed class WebTests
        {
            private static string Emulator => Environment.GetEnvironmentVariable("ODG_EMULATOR")!;

            [Fact]
            public async Task The_web_app_lists_the_drive_through_the_core_client()
            {
                await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
                {
                    web.UseSetting("OneDrive:ClientId", AppCore.OneDrive.Auth.OneDriveAppRegistration.ClientId);
                    web.UseSetting("OneDrive:AuthorityHost", Emulator);
                    web.UseSetting("OneDrive:GraphBaseUrl", Emulator + "/v1.0");
                });
                var tokens = factory.Services.GetRequiredService<OneDriveTokenProvider>();
                await tokens.SignedInAsync(new TokenSet(Environment.GetEnvironmentVariable("ODG_TOKEN")!, null, DateTimeOffset.UtcNow.AddHours(1), ["files.readwrite.all"]));

                var names = await factory.CreateClient().GetFromJsonAsync<List<string>>("/files");

                Assert.Equal(["Documents", "Music", "Notes.txt", "Pictures"], names);
            }

            [Fact]
            public async Task A_token_the_app_already_has_is_enough()
            {
                var token = Environment.GetEnvironmentVariable("ODG_TOKEN")!;
                var files = new OneDriveFiles(OneDriveClientFactory.CreateAdapter(_ => Task.FromResult(token), Emulator + "/v1.0"));

                Assert.Contains("Pictures", await files.RootNamesAsync());
                Assert.EndsWith("/me/drive/items/D4648F06C91D9D3D%2154927/thumbnails", files.ThumbnailsUrl("D4648F06C91D9D3D!54927"));
            }

            [Fact]
            public void The_solution_has_one_OneDriveClient()
            {
                var loaded = new[] { typeof(Program).Assembly, typeof(OneDriveFiles).Assembly, typeof(OneDriveTokenProvider).Assembly, typeof(WebTests).Assembly };
                var clients = loaded.Concat(AppDomain.CurrentDomain.GetAssemblies())
                    .Where(a => a.GetName().Name!.StartsWith("App.", StringComparison.Ordinal) || a.GetName().Name!.StartsWith("OneDriveGen.", StringComparison.Ordinal))
                    .Distinct()
                    .SelectMany(a => a.GetTypes())
                    .Where(t => t.Name is "OneDriveClient" or "DriveItem")
                    .Select(t => t.Assembly.GetName().Name + ":" + t.FullName)
                    .OrderBy(n => n, StringComparer.Ordinal)
                    .ToList();

                Assert.Equal(["App.Core:AppCore.OneDrive.Models.DriveItem", "App.Core:AppCore.OneDrive.OneDriveClient"], clients);
            }
        }
        """;

    private const string BenchmarksProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="BenchmarkDotNet" Version="0.15.8" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="../App.Core/App.Core.csproj" />
          </ItemGroup>
        </Project>
        """;

    private const string BenchmarksCode = """
        using AppCore;
        using BenchmarkDotNet.Attributes;
        using BenchmarkDotNet.Running;
        using OneDriveGen.Runtime.Http;

        BenchmarkSwitcher.FromAssembly(typeof(UrlBenchmarks).Assembly).Run(args);

        [MemoryDiagnoser]
        public class UrlBenchmarks
        {
            private readonly OneDriveFiles _files = new(OneDriveClientFactory.CreateAdapter(_ => Task.FromResult("token")));

            [Benchmark]
            public string ThumbnailsUrl() => _files.ThumbnailsUrl("D4648F06C91D9D3D!54927");
        }
        """;
}
