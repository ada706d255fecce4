using System.Linq;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

public class ShippedSpecTests
{
    [Fact]
    public void ShippedSpecGeneratesWithoutDiagnosticsAndCompilesWithoutWarnings()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ShippedSpec, GeneratorHarness.ShippedSpecPath);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.Sources);
        Assert.True(result.CompilationProblems.Count == 0, string.Join("\n", result.CompilationProblems.Take(30)));
    }
}
