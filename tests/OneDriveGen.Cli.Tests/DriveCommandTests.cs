using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>ls, thumbnails, download, upload, mkdir, mv, rm and search, through the real odg against the emulator.</summary>
public sealed class DriveCommandTests
{
    [Fact]
    public async Task Ls_lists_the_root_a_path_and_an_id_with_every_page()
    {
        await using var h = await CliHarness.StartAsync();
        for (var i = 0; i < 250; i++)
        {
            h.Emulator.Drive.AddFile("Music", $"track{i:000}.mp3", new byte[] { 1 });
        }

        await h.LoginAsync();

        var root = await h.SucceedAsync("ls");
        var music = await h.SucceedAsync("ls", "/Music");
        var byId = await h.SucceedAsync("ls", "--id", h.Emulator.Drive.FindIdByPath("Documents")!);

        Assert.Contains("Notes.txt", root.Stdout);
        Assert.Contains("250 item(s) in /Music", music.Stdout); // two pages of 200
        Assert.Contains("track249.mp3", music.Stdout);
        Assert.Contains("Q1 #1.docx", byId.Stdout);
    }

    [Fact]
    public async Task An_unknown_id_is_itemNotFound_with_exit_code_1()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();

        var ls = await h.RunAsync("ls", "--id", "D4648F06C91D9D3D!999999");

        Assert.Equal(1, ls.ExitCode);
        Assert.StartsWith("odg: itemNotFound:", ls.Stderr, StringComparison.Ordinal);
        Assert.Contains(h.Emulator.Requests.Snapshot(), r => r.RawTarget.Contains("D4648F06C91D9D3D%21999999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thumbnails_shows_the_sets_of_a_picture()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var picture = h.Emulator.Drive.FindIdByPath("Pictures/BritishShorthair.jpg")!;

        var thumbnails = await h.SucceedAsync("thumbnails", "--id", picture);

        Assert.Contains("medium", thumbnails.Stdout);
        Assert.Contains($"3 thumbnail(s) for item {picture}", thumbnails.Stdout);
        var urls = thumbnails.Stdout.Split('\n').Where(l => l.StartsWith("0 ", StringComparison.Ordinal) && l.Contains(": http", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, urls.Count); // each thumbnail's URL, whole, one a line
        using var http = new System.Net.Http.HttpClient();
        var medium = urls.Single(l => l.StartsWith("0 medium: ", StringComparison.Ordinal))["0 medium: ".Length..].Trim();
        Assert.True((await http.GetByteArrayAsync(medium)).Length > 0);
    }

    [Fact]
    public async Task Download_into_a_folder_writes_the_file_under_its_own_name()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var folder = Directory.CreateDirectory(Path.Combine(h.Home, "into")).FullName;

        var download = await h.SucceedAsync("download", "--id", h.Emulator.Drive.FindIdByPath("Notes.txt")!, "-o", folder);
        var ofAFolder = await h.RunAsync("download", "Documents", "-o", folder);
        var folderToFile = await h.RunAsync("download", "Documents", "-o", Path.Combine(h.Home, "docs.bin"));

        Assert.True(File.Exists(Path.Combine(folder, "Notes.txt")), download.ToString());
        Assert.Contains(Path.Combine(folder, "Notes.txt"), download.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, ofAFolder.ExitCode);
        Assert.Contains("is a folder", ofAFolder.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder));
        Assert.Equal(2, folderToFile.ExitCode);
        Assert.StartsWith("odg: 'Documents' is a folder", folderToFile.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(h.Home, "docs.bin")));
    }

    [Theory]
    [InlineData(100_000, "single PUT")]
    [InlineData(5 * 1024 * 1024 + 123, "upload session")]
    public async Task Upload_then_download_round_trips_byte_for_byte(int size, string how)
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var bytes = RandomNumberGenerator.GetBytes(size);
        var local = Path.Combine(h.Home, "in.bin");
        await File.WriteAllBytesAsync(local, bytes);
        var back = Path.Combine(h.Home, "out.bin");

        var upload = await h.SucceedAsync("upload", local, "Documents/Sub dir/in #1.bin");
        var download = await h.SucceedAsync("download", "Documents/Sub dir/in #1.bin", "-o", back);

        Assert.Contains(how, upload.Stdout);
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await File.ReadAllBytesAsync(back)));
        Assert.Contains("sha256 " + Convert.ToHexStringLower(SHA256.HashData(bytes)), download.Stdout);
    }

    [Fact]
    public async Task Upload_of_a_missing_local_file_is_exit_code_2_naming_it()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();

        var upload = await h.RunAsync("upload", Path.Combine(h.Home, "nope.txt"), "Documents/nope.txt");

        Assert.Equal(2, upload.ExitCode);
        Assert.Contains("Local file not found", upload.Stderr);
        Assert.Contains("nope.txt", upload.Stderr);
    }

    [Fact]
    public async Task A_failed_download_leaves_no_file_behind()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var target = Path.Combine(h.Home, "missing.bin");

        var download = await h.RunAsync("download", "--id", "D4648F06C91D9D3D!424242", "-o", target);

        Assert.Equal(1, download.ExitCode);
        Assert.Empty(Directory.GetFiles(h.Home, "missing.bin*"));
    }

    [Fact]
    public async Task Mkdir_mv_and_rm_change_the_drive()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();

        await h.SucceedAsync("mkdir", "Documents/Reports");
        await h.SucceedAsync("mv", "Notes.txt", "Documents/Reports/notes-2026.txt");
        await h.SucceedAsync("mv", "Documents/Grüße.txt", "Pictures/");
        var duplicate = await h.RunAsync("mkdir", "Documents/Reports");
        await h.SucceedAsync("rm", "Documents/Q1 #1.docx");

        var drive = h.Emulator.Drive;
        Assert.NotNull(drive.FindIdByPath("Documents/Reports/notes-2026.txt"));
        Assert.Null(drive.FindIdByPath("Notes.txt"));
        Assert.NotNull(drive.FindIdByPath("Pictures/Grüße.txt"));
        Assert.Null(drive.FindIdByPath("Documents/Q1 #1.docx"));
        Assert.Equal(1, duplicate.ExitCode);
        Assert.StartsWith("odg: nameAlreadyExists:", duplicate.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_lists_every_match()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();

        var search = await h.SucceedAsync("search", "docx");

        Assert.Contains("Q1 #1.docx", search.Stdout);
        Assert.Contains("estimate%s.docx", search.Stdout);
        Assert.Matches(@"[1-9]\d* match\(es\) for 'docx'", search.Stdout);
    }

    [Fact]
    public async Task Usage_errors_are_exit_code_2_without_a_stack_trace()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();

        var noTarget = await h.RunAsync("download", "-o", Path.Combine(h.Home, "x"));
        var unknownCommand = await h.RunAsync("frobnicate");

        Assert.Equal(2, noTarget.ExitCode);
        Assert.Contains("REMOTE_PATH or --id", noTarget.Stderr);
        Assert.NotEqual(0, unknownCommand.ExitCode);
        Assert.DoesNotContain("   at ", noTarget.Stderr + unknownCommand.Stderr);
    }
}
