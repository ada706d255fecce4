using System.IO;
using OneDriveGen.Runtime.Drive;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>The name rules of folder transfers, where the service or the disk is hostile.</summary>
public class DriveNameRuleTests
{
    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a\0b")]
    public void A_remote_name_no_local_file_can_have_is_refused_not_combined_into_a_path(string name)
    {
        Assert.NotNull(DriveNameRules.LocalDiskRefuses(name));
    }

    [Fact]
    public void A_separator_of_this_platform_in_a_remote_name_is_refused()
    {
        Assert.NotNull(DriveNameRules.LocalDiskRefuses("up" + Path.DirectorySeparatorChar + "x"));
    }

    [Theory]
    [InlineData("report #1.txt")]
    [InlineData("é+%.bin")]
    public void Ordinary_names_pass(string name)
    {
        Assert.Null(DriveNameRules.LocalDiskRefuses(name));
    }

    [Theory]
    [InlineData("a:b.txt")]
    [InlineData("trailing.")]
    [InlineData(" leading")]
    public void Names_OneDrive_refuses_are_named(string name)
    {
        Assert.NotNull(DriveNameRules.OneDriveRefuses(name));
    }
}
