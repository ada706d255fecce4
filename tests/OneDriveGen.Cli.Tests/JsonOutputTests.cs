using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>
/// --json: each command's real output, parsed and validated against its published schema (docs/cli-json), with
/// nothing but the document on stdout; failures as one JSON object on stderr with the usual exit code.
/// </summary>
public sealed class JsonOutputTests
{
    [Fact]
    public async Task Ls_and_search_write_every_item_of_every_page()
    {
        await using var h = await CliHarness.StartAsync();
        for (var i = 0; i < 250; i++)
        {
            h.Emulator.Drive.AddFile("Music", $"track{i:000}.mp3", new byte[] { 1, 2, 3 });
        }

        await h.LoginAsync();

        var ls = CliJsonSchemas.Validate("ls", (await h.SucceedAsync("ls", "/Music", "--json")).Stdout);
        var search = CliJsonSchemas.Validate("search", (await h.SucceedAsync("search", "track24", "--json")).Stdout);

        Assert.Equal(250, ls["count"]!.GetValue<int>());
        Assert.Equal(250, ls["items"]!.AsArray().Count);
        var track = ls["items"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "track249.mp3")!;
        Assert.Equal(("file", 3L), (track["kind"]!.GetValue<string>(), track["size"]!.GetValue<long>()));
        Assert.Equal(h.Emulator.Drive.FindIdByPath("Music/track249.mp3"), track["id"]!.GetValue<string>());
        Assert.Equal("track24", search["query"]!.GetValue<string>());
        Assert.Contains(search["items"]!.AsArray(), i => i!["name"]!.GetValue<string>() == "track240.mp3");
    }

    [Fact]
    public async Task Whoami_and_thumbnails_match_their_schemas_and_carry_no_token()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var picture = h.Emulator.Drive.FindIdByPath("Pictures/BritishShorthair.jpg")!;

        var whoamiRun = await h.SucceedAsync("whoami", "--json");
        var whoami = CliJsonSchemas.Validate("whoami", whoamiRun.Stdout);
        var thumbnails = CliJsonSchemas.Validate("thumbnails", (await h.SucceedAsync("thumbnails", "--id", picture, "--json")).Stdout);

        Assert.True(whoami["hasRefreshToken"]!.GetValue<bool>());
        Assert.Equal("public", whoami["clientType"]!.GetValue<string>());
        Assert.DoesNotContain("eyJ", whoamiRun.Stdout, StringComparison.Ordinal); // no JWT of any kind
        Assert.Equal(3, thumbnails["count"]!.GetValue<int>());
        Assert.All(thumbnails["thumbnails"]!.AsArray(), t => Assert.StartsWith("http", t!["url"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_download_mkdir_and_mv_describe_what_they_did()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var local = Path.Combine(h.Home, "data.bin");
        var content = RandomNumberGenerator.GetBytes(5 * 1024 * 1024); // above 4 MiB: an upload session
        await File.WriteAllBytesAsync(local, content);

        var mkdir = CliJsonSchemas.Validate("mkdir", (await h.SucceedAsync("mkdir", "Reports 2026", "--json")).Stdout);
        var upload = CliJsonSchemas.Validate("upload", (await h.SucceedAsync("upload", local, "Reports 2026/data.bin", "--json")).Stdout);
        var mv = CliJsonSchemas.Validate("mv", (await h.SucceedAsync("mv", "Reports 2026/data.bin", "Documents/", "--json")).Stdout);
        var target = Path.Combine(h.Home, "back.bin");
        var download = CliJsonSchemas.Validate("download", (await h.SucceedAsync("download", "Documents/data.bin", "-o", target, "--json")).Stdout);

        Assert.Equal(("/Reports 2026", "folder"), (mkdir["path"]!.GetValue<string>(), mkdir["item"]!["kind"]!.GetValue<string>()));
        Assert.Equal(("uploadSession", (long)content.Length), (upload["method"]!.GetValue<string>(), upload["bytes"]!.GetValue<long>()));
        Assert.Equal("/Documents/data.bin", mv["path"]!.GetValue<string>());
        Assert.Equal(upload["item"]!["id"]!.GetValue<string>(), mv["item"]!["id"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), download["sha256"]!.GetValue<string>());
        Assert.Equal(target, download["file"]!.GetValue<string>());
        Assert.Equal(content, await File.ReadAllBytesAsync(target));
    }

    [Fact]
    public async Task Stdout_holds_the_document_alone_even_on_the_embedded_emulator()
    {
        await using var h = await CliHarness.StartAsync();
        h.Environment["OneDrive__ClientId"] = null; // the embedded emulator, which announces itself
        h.Environment["ODG_EMULATOR_DATA"] = null;

        var run = await h.SucceedAsync("ls", "--emulator-data", Path.Combine(h.Home, "drive"), "--json");

        CliJsonSchemas.Validate("ls", run.Stdout);
        Assert.Contains("embedded emulator", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_is_one_error_object_on_stderr_with_the_usual_exit_code()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();

        var missing = await h.RunAsync("ls", "--id", "D4648F06C91D9D3D!999999", "--json");
        var badInput = await h.RunAsync("ls", "--id", " ", "--json");

        Assert.Equal((1, string.Empty), (missing.ExitCode, missing.Stdout));
        var error = CliJsonSchemas.Validate("error", missing.Stderr);
        Assert.Equal(("itemNotFound", 404, 1), (error["code"]!.GetValue<string>(), error["status"]!.GetValue<int>(), error["exitCode"]!.GetValue<int>()));
        Assert.False(string.IsNullOrEmpty(error["requestId"]?.GetValue<string>()), "Graph's request-id is passed on");
        Assert.Equal(2, badInput.ExitCode);
        Assert.Equal("invalidInput", CliJsonSchemas.Validate("error", badInput.Stderr)["code"]!.GetValue<string>());
    }

    [Fact]
    public void Every_schema_is_validated_against_real_output_by_some_test()
    {
        var source = string.Concat(Directory.GetFiles(Path.Combine(OneDriveGen.Tests.Shared.RepositoryRoot.Path, "tests", "OneDriveGen.Cli.Tests"), "*Tests.cs").Select(File.ReadAllText));

        Assert.All(CliJsonSchemas.Names.Where(n => n != "item"), name => Assert.Contains($"Validate(\"{name}\"", source, StringComparison.Ordinal));
    }
}
