using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>A drive kept in a data directory survives the emulator.</summary>
public class PersistenceTests
{
    [Fact]
    public async Task TreeAndContentSurviveARestart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "odg-persist-" + Guid.NewGuid().ToString("N"));
        try
        {
            string id;
            string eTag;
            await using (var first = await EmulatorHarness.StartAsync(o => o.DataDirectory = directory))
            {
                id = first.Emulator.Drive.AddFile("Kept", "kept.txt", Encoding.UTF8.GetBytes("still here"));
                eTag = (await first.GraphJsonAsync("/me/drive/items/" + id)).GetProperty("eTag").GetString()!;
            }

            await using var second = await EmulatorHarness.StartAsync(o => o.DataDirectory = directory);
            var item = await second.GraphJsonAsync("/me/drive/root:/Kept/kept.txt:");
            var content = await second.Http.GetStringAsync(item.GetProperty("@microsoft.graph.downloadUrl").GetString());
            var newId = second.Emulator.Drive.AddFile("Kept", "new.txt", new byte[] { 1 });

            Assert.Equal(id, item.GetProperty("id").GetString());
            Assert.Equal(eTag, item.GetProperty("eTag").GetString());
            Assert.Equal("still here", content);
            Assert.NotEqual(id, newId);
            Assert.NotNull(second.Emulator.Drive.FindIdByPath("Notes.txt"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
