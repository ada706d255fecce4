using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;

namespace OneDriveGen.Cli;

/// <summary>Opens the authorize URL: the user's browser when there is one, or odg itself for the emulator.</summary>
internal static class Browser
{
    /// <summary>
    /// Plays the browser for the embedded emulator, which consents at once: follows its redirect to the loopback
    /// receiver, which is all a browser would do.
    /// </summary>
    public static async Task FollowAsync(Uri authorizeUrl)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(authorizeUrl).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Starts the system browser if this machine has one; false when it does not (a server, a container).</summary>
    public static bool TryOpen(Uri url)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
                return true;
            }

            if (OperatingSystem.IsMacOS())
            {
                Process.Start("open", url.AbsoluteUri);
                return true;
            }

            var hasDisplay = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
            if (hasDisplay && File.Exists("/usr/bin/xdg-open"))
            {
                Process.Start("/usr/bin/xdg-open", url.AbsoluteUri);
                return true;
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No handler for URLs: the printed URL is the fallback.
        }

        return false;
    }
}
