using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OneDriveGen.Emulator;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Emulator.Hosting;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator;

/// <summary>Runs the emulator as a program: <c>dotnet run --project tests/OneDriveGen.Emulator -- --port 5099</c>.</summary>
public static class Program
{
    /// <summary>Entry point; exits 2 with a message on a bad argument.</summary>
    public static async Task<int> Main(string[] args)
    {
        EmulatorOptions? options;
        try
        {
            options = EmulatorArguments.Parse(args);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync("odg-emulator: " + ex.Message);
            await Console.Error.WriteLineAsync(EmulatorArguments.Usage);
            return 2;
        }

        if (options is null)
        {
            Console.WriteLine(EmulatorArguments.Usage);
            return 0;
        }

        OneDriveEmulator emulator;
        try
        {
            emulator = await OneDriveEmulator.StartAsync(options, logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        }
        catch (IOException ex)
        {
            // Kestrel reports a taken port as an IOException; say which and stop, without a stack trace.
            await Console.Error.WriteLineAsync($"odg-emulator: cannot listen on 127.0.0.1:{options.Port} / {options.ContentPort}: {ex.Message}");
            return 1;
        }

        await using var running = emulator;
        var app = AppRegistration.TestPublicClient;
        var web = AppRegistration.TestConfidentialClient;
        Console.WriteLine($"""
            OneDriveGen emulator listening.
              AuthorityHost  {emulator.AuthorityHost}   (token endpoint {emulator.AuthorityHost}/common/oauth2/v2.0/token)
              LiveHost       {emulator.LiveHost}   ({emulator.LiveHost}/oauth20_token.srf)
              GraphBaseUrl   {emulator.GraphBaseUrl}
              Content host   {emulator.ContentBaseUrl}   (downloads and uploads, another origin)
              Drive          {emulator.Drive.DriveId} ({emulator.Drive.DriveType}), {options.ItemIdStyle} item IDs

            Test app registrations:
              public        ClientId {app.ClientId}   RedirectUris {string.Join(", ", app.RedirectUris)}
              confidential  ClientId {web.ClientId}   ClientSecret {web.ClientSecret}   RedirectUris {string.Join(", ", web.RedirectUris)}

            Press Ctrl+C to stop.
            """);
        // Ctrl+C, kill, docker stop and CI scripts all end it the same way: the drive is saved, then the process exits.
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }
}
