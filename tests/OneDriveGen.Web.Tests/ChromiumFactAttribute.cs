using System;
using System.IO;
using Xunit;

namespace OneDriveGen.Web.Tests;

/// <summary>
/// A test that needs Debian's Chromium. Without it the test is skipped with how to install it, so `dotnet test`
/// passes with nothing but the SDK; under CI=true it runs anyway and fails, because CI must run it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Executable) && !ci)
        {
            Skip = $"Chromium is not installed ({Executable}). Install it with `sudo apt-get install chromium` to run the browser tests; under CI=true they are required.";
        }
    }
}
