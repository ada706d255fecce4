using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace OneDriveGen.Cli.Tests;

/// <summary>The real odg, started as its own process with a given environment; what it printed and how it exited.</summary>
public sealed class OdgRun : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<string> _firstUrl = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _userCode = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private OdgRun(IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "odg.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the developer's own OneDrive configuration may leak into a test.
        foreach (var key in new List<string>(start.Environment.Keys))
        {
            if (key.StartsWith("OneDrive__", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_stdout)
            {
                _stdout.AppendLine(e.Data);
            }

            if (e.Data.StartsWith("http", StringComparison.Ordinal) && e.Data.Contains("/oauth2/v2.0/authorize?", StringComparison.Ordinal))
            {
                _firstUrl.TrySetResult(e.Data.Trim());
            }

            if (e.Data.StartsWith("Code: ", StringComparison.Ordinal))
            {
                _userCode.TrySetResult(e.Data["Code: ".Length..].Trim());
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything odg wrote to standard output.</summary>
    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>Everything odg wrote to standard error.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>The exit code, once exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts odg and returns at once (for sign-ins that wait for a browser).</summary>
    public static OdgRun Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments) => new(environment, arguments);

    /// <summary>Runs odg to completion.</summary>
    public static async Task<OdgRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var run = new OdgRun(environment, arguments);
        await run.WaitAsync();
        return run;
    }

    /// <summary>Runs odg to completion with <paramref name="input"/> on its standard input.</summary>
    public static async Task<OdgRun> RunWithInputAsync(IReadOnlyDictionary<string, string?> environment, string input, params string[] arguments)
    {
        var run = new OdgRun(environment, arguments);
        await run._process.StandardInput.WriteLineAsync(input);
        run._process.StandardInput.Close();
        await run.WaitAsync();
        return run;
    }

    /// <summary>The first authorize URL odg printed.</summary>
    public Task<string> AuthorizeUrlAsync() => _firstUrl.Task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>The user code a device code sign-in printed.</summary>
    public Task<string> UserCodeAsync() => _userCode.Task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Waits for odg to exit (two minutes at most).</summary>
    public async Task WaitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        _process.WaitForExit(); // drains the redirected streams
    }

    /// <inheritdoc />
    public override string ToString() => $"exit {(_process.HasExited ? ExitCode : -1)}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
