using System.CommandLine;
using System.Threading.Tasks;
using OneDriveGen.Cli.Commands;

namespace OneDriveGen.Cli;

/// <summary>odg: OneDrive from the command line, on the OneDriveGen runtime.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the command; the exit code says how it went (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> Main(string[] args) => CreateRoot().Parse(args).InvokeAsync();

    /// <summary>The command tree.</summary>
    internal static RootCommand CreateRoot()
    {
        var root = new RootCommand("odg: Microsoft OneDrive from the command line, built on OneDriveGen. With no OneDrive:ClientId configured it runs on the embedded emulator.")
        {
            GlobalOptions.Emulator,
            GlobalOptions.EmulatorData,
            GlobalOptions.Verbose,
            GlobalOptions.Json,
            GlobalOptions.Set,
            GlobalOptions.SetFile,
        };
        foreach (var command in new[]
        {
            DemoCommand.Create(), LoginCommand.Create(), RefreshCommand.Create(), WhoamiCommand.Create(), LsCommand.Create(),
            ThumbnailsCommand.Create(), DownloadCommand.Create(), UploadCommand.Create(), MkdirCommand.Create(), MvCommand.Create(),
            RmCommand.Create(), SearchCommand.Create(),
        })
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
