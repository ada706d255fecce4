using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using OneDriveGen.Emulator.Faults;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>odg download -r and upload -r through the real odg: round trip, nothing sent twice, failures summed up.</summary>
public sealed class FolderCommandTests
{
    [Fact]
    public async Task A_folder_goes_up_and_comes_back_and_a_second_run_transfers_nothing()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var source = Path.Combine(h.Home, "photos");
        Directory.CreateDirectory(Path.Combine(source, "2026", "june"));
        await File.WriteAllBytesAsync(Path.Combine(source, "a.jpg"), RandomNumberGenerator.GetBytes(2000));
        await File.WriteAllBytesAsync(Path.Combine(source, "2026", "june", "b #1.jpg"), RandomNumberGenerator.GetBytes(5 * 1024 * 1024));

        var up = CliJsonSchemas.Validate("folder", (await h.SucceedAsync("upload", "-r", source, "Backup/photos", "--transfers", "2", "--json")).Stdout);
        var again = CliJsonSchemas.Validate("folder", (await h.SucceedAsync("upload", "-r", source, "Backup/photos", "--json")).Stdout);
        var back = Path.Combine(h.Home, "back");
        var down = await h.SucceedAsync("download", "-r", "Backup/photos", "-o", back);

        Assert.Equal(2, up["transferred"]!.AsArray().Count);
        Assert.Empty(again["transferred"]!.AsArray());
        Assert.Equal(2, again["skipped"]!.AsArray().Count);
        Assert.Contains("download: 2 transferred", down.Stdout, StringComparison.Ordinal);
        Assert.Contains("done", down.Stdout, StringComparison.Ordinal); // a line per file
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(source, "2026", "june", "b #1.jpg")), await File.ReadAllBytesAsync(Path.Combine(back, "2026", "june", "b #1.jpg")));
        var sameAgain = await h.SucceedAsync("download", "-r", "Backup/photos", "-o", back, "--size-only");
        Assert.Contains("0 transferred", sameAgain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_fails_is_summed_up_the_rest_complete_and_the_exit_code_is_1()
    {
        await using var h = await CliHarness.StartAsync(o => o.FillFolders["Few"] = 5);
        await h.LoginAsync();
        h.Emulator.Faults.Add(new FaultRule { PathContains = "/download/", Host = FaultHost.Content, Status = 500, OnRequest = 2, Times = 5 });
        var into = Path.Combine(h.Home, "few");

        var run = await h.RunAsync("download", "-r", "Few", "-o", into, "--transfers", "1", "--json");

        Assert.Equal(1, run.ExitCode);
        var result = CliJsonSchemas.Validate("folder", run.Stdout);
        Assert.Single(result["failed"]!.AsArray());
        Assert.Equal(4, result["transferred"]!.AsArray().Count);
        Assert.Equal(4, Directory.GetFiles(into).Length); // no partial file under any name
    }

    [Fact]
    public async Task Out_of_range_transfers_and_a_file_given_as_the_folder_are_bad_input()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var file = Path.Combine(h.Home, "x.txt");
        await File.WriteAllTextAsync(file, "x");

        var zero = await h.RunAsync("download", "-r", "Documents", "-o", Path.Combine(h.Home, "d"), "--transfers", "0");
        var notAFolder = await h.RunAsync("upload", "-r", file, "Documents");

        Assert.Equal((2, 2), (zero.ExitCode, notAFolder.ExitCode));
        Assert.Contains("between 1 and 32", zero.Stderr, StringComparison.Ordinal);
        Assert.Contains("Local folder not found", notAFolder.Stderr, StringComparison.Ordinal);
    }
}
