using System.Linq;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

public class SnapshotTests
{
    [Fact]
    public void ShippedSpec()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ShippedSpec, GeneratorHarness.ShippedSpecPath);

        Assert.Empty(result.Diagnostics);
        Snapshot.VerifyAll(nameof(ShippedSpec), result.Sources.Select(s => (s.HintName, s.SourceText.ToString())));
    }
}
