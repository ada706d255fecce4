using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace OneDriveGen.Benchmarks;

/// <summary>
/// Loads another build of the generator (an earlier commit's <c>OneDriveGen.Generator.dll</c>) beside this one, so a
/// before/after comparison runs in one BenchmarkDotNet run. Roslyn itself is shared with the default context, so
/// both generators implement the same <see cref="IIncrementalGenerator"/>.
/// </summary>
internal sealed class PreviousGenerator : AssemblyLoadContext
{
    /// <summary>The environment variable naming the earlier generator's dll.</summary>
    public const string PathVariable = "ONEDRIVEGEN_PREVIOUS_GENERATOR";

    private readonly string _path;

    private PreviousGenerator(string path)
        : base("previous generator") => _path = path;

    /// <summary>The earlier generator, or null when <see cref="PathVariable"/> is not set.</summary>
    public static IIncrementalGenerator? Load()
    {
        var path = Environment.GetEnvironmentVariable(PathVariable);
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var context = new PreviousGenerator(Path.GetFullPath(path));
        var assembly = context.LoadFromAssemblyPath(context._path);
        return (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType("OneDriveGen.Generator.OneDriveGenerator", throwOnError: true)!)!;
    }

    // Everything but the generator itself comes from the default context.
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
