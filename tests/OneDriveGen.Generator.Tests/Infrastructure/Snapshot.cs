using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace OneDriveGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated files with committed snapshots <c>Snapshots/{Test}.{hint}.verified.cs</c>. A difference,
/// a missing or a stale snapshot fails and writes <c>*.received.cs</c>; setting ONEDRIVEGEN_ACCEPT=1 (outside CI)
/// accepts the received output instead. The Verify package is not available here; this keeps its file convention.
/// </summary>
internal static partial class Snapshot
{
    private const string Suffix = ".verified.cs";

    public static void VerifyAll(string testName, IEnumerable<(string HintName, string Text)> files, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        Directory.CreateDirectory(directory);
        var accept = Environment.GetEnvironmentVariable("ONEDRIVEGEN_ACCEPT") == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var failures = new List<string>();
        var expectedFiles = new HashSet<string>();
        foreach (var (hintName, text) in files)
        {
            var stem = $"{testName}.{Path.GetFileNameWithoutExtension(hintName)}";
            var verified = Path.Combine(directory, stem + Suffix);
            var received = Path.Combine(directory, stem + ".received.cs");
            expectedFiles.Add(verified);
            var actual = Scrub(text);
            if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual)
            {
                File.Delete(received);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verified, actual);
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, actual);
            failures.Add(File.Exists(verified)
                ? $"{stem}: differs from the snapshot ({FirstDifference(Normalize(File.ReadAllText(verified)), actual)})"
                : $"{stem}: no snapshot yet");
        }

        foreach (var stale in Directory.GetFiles(directory, testName + ".*" + Suffix).Where(f => !expectedFiles.Contains(f)))
        {
            if (accept)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Add($"{Path.GetFileName(stale)}: snapshot of a file that is no longer generated");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(
                "Generated code does not match the snapshots (see *.received.cs; accept with ONEDRIVEGEN_ACCEPT=1, see CONTRIBUTING.md):\n"
                + string.Join("\n", failures));
        }
    }

    /// <summary>The generator version changes with every release; snapshots should not.</summary>
    public static string Scrub(string text) => VersionPattern().Replace(Normalize(text), "GeneratedCode(\"OneDriveGen\", \"{VERSION}\")");

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"line {i + 1}: expected `{e.Trim()}`, got `{a.Trim()}`";
            }
        }

        return "no line differs";
    }

    [GeneratedRegex("GeneratedCode\\(\"OneDriveGen\", \"[^\"]*\"\\)")]
    private static partial Regex VersionPattern();
}
