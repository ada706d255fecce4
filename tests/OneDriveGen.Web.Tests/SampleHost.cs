using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using OneDriveGen.Tests.Shared;

namespace OneDriveGen.Web.Tests;

/// <summary>The sample as a newcomer runs it (embedded emulator, interactive consent), with its own import folder.</summary>
internal sealed class SampleHost : IAsyncDisposable
{
    private SampleHost(WebSample sample, string imports)
    {
        Sample = sample;
        Imports = imports;
    }

    public WebSample Sample { get; }

    public string Imports { get; }

    public static async Task<SampleHost> StartAsync()
    {
        var imports = Path.Combine(Path.GetTempPath(), "odg-web-tests-" + Guid.NewGuid().ToString("N"));
        var sample = await WebSample.StartAsync(Array.Empty<string>(), new Dictionary<string, string?>
        {
            ["Imports:Folder"] = imports,
            ["Logging:LogLevel:Default"] = "Warning",
            // A port of its own (port 0 is not an option: the redirect URI must name the port before start).
            ["Urls"] = $"http://localhost:{FreePorts.Next()}",
        });
        return new SampleHost(sample, imports);
    }

    public WebVisitor Visitor() => new(Sample.BaseUrl);

    /// <summary>A visitor signed in as <paramref name="appUser"/> whose OneDrive is connected (on the browse page).</summary>
    public async Task<WebVisitor> ConnectedVisitorAsync(string appUser)
    {
        var visitor = Visitor();
        await visitor.SignInAsync(appUser);
        await visitor.ConnectAsync();
        return visitor;
    }

    public async ValueTask DisposeAsync()
    {
        await Sample.DisposeAsync();
        if (Directory.Exists(Imports))
        {
            Directory.Delete(Imports, recursive: true);
        }
    }
}
