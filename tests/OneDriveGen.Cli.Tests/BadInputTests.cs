using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Cli.Tests;

/// <summary>
/// Input that names nothing, or two things, is refused with exit code 2 before anything is touched: a blank --id
/// used to fall back to the path (or the root) and act on another item than the one the user meant.
/// </summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("ls", "--id", "")]
    [InlineData("rm", "--id", " ")]
    [InlineData("rm", "/Documents", "--id", "X!1")]
    [InlineData("download", "--id", "", "-o", ".")]
    public async Task An_ambiguous_item_is_refused_and_nothing_happens(params string[] arguments)
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();
        var before = (await h.SucceedAsync("ls")).Stdout;

        var run = await h.RunAsync(arguments);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--id", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, (await h.SucceedAsync("ls")).Stdout);
    }

    [Fact]
    public async Task Uploading_a_folder_says_it_is_a_folder()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LoginAsync();

        var run = await h.RunAsync("upload", h.Home, "/");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is a folder", run.Stderr, StringComparison.Ordinal);
    }
}
