using Microsoft.CodeAnalysis;

namespace OneDriveGen.Benchmarks;

/// <summary>The baseline: a generator that reads the spec text and emits one tiny file, the floor of any generator.</summary>
/// <remarks>Driven in process only, never loaded by a compiler, so the analyzer packaging rules do not apply.</remarks>
#pragma warning disable RS1036, RS1041
public sealed class ReadSpecTextGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select(static (text, ct) => text.GetText(ct)?.Length ?? 0);
        context.RegisterSourceOutput(lengths, static (spc, length) => spc.AddSource("Length.g.cs", $"// {length}"));
    }
}
#pragma warning restore RS1036, RS1041
