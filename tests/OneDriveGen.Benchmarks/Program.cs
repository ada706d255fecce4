using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace OneDriveGen.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher).</summary>
public static class Program
{
    /// <summary>Whether this is a <c>--smoke</c> run, in which classes add no jobs of their own (see <see cref="MonitoredJobConfig"/>).</summary>
    internal static bool IsSmokeRun { get; private set; }

    /// <summary>
    /// Entry point. <c>--smoke</c> runs every chosen benchmark once with BenchmarkDotNet's Dry job only: the jobs a
    /// class asks for (such as the transfers' five monitored iterations) are not run beside it. <c>--reverse</c>
    /// runs the chosen benchmarks last to first, to see whether running first (as baselines do) is an advantage on
    /// a noisy machine.
    /// </summary>
    public static void Main(string[] args)
    {
        var switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        if (args.Contains("--reverse", StringComparer.Ordinal))
        {
            switcher.Run(args.Where(a => a != "--reverse").ToArray(), DefaultConfig.Instance.WithOrderer(new ReverseExecutionOrderer()));
            return;
        }

        if (args.Contains("--smoke", StringComparer.Ordinal))
        {
            IsSmokeRun = true;
            switcher.Run(args.Where(a => a != "--smoke").Concat(new[] { "--job", "Dry" }).ToArray());
            return;
        }

        switcher.Run(args);
    }
}
