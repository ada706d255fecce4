using System;
using System.Linq;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>
/// The emulator is an oracle independent of the code it checks: its own quickXorHash, pinned by the published
/// vectors of the algorithm (as OneDrive clients use them), and no reference to the runtime, the generator or
/// generated code.
/// </summary>
public class QuickXorTests
{
    [Theory]
    [MemberData(nameof(QuickXorVectors.Published), MemberType = typeof(QuickXorVectors))]
    public void Published_vectors(string content, string expected)
    {
        Assert.Equal(expected, Of(Convert.FromBase64String(content)));
    }

    [Fact]
    public void Appending_in_pieces_equals_appending_at_once()
    {
        var data = Enumerable.Range(0, 980).Select(i => (byte)(i * 7)).ToArray();
        var pieces = new QuickXor();
        var offset = 0;
        foreach (var size in new[] { 1, 19, 20, 159, 160, 161, 460 })
        {
            pieces.Append(data.AsSpan(offset, size));
            offset += size;
        }

        Assert.Equal(Of(data), pieces.Finish());
    }

    [Fact]
    public void The_emulator_references_nothing_it_checks()
    {
        var references = typeof(OneDriveEmulator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, n => n.StartsWith("OneDriveGen.", StringComparison.Ordinal) && n != "OneDriveGen.Emulator");
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.Kiota", StringComparison.Ordinal));
    }

    internal static string Of(byte[] data)
    {
        var hash = new QuickXor();
        hash.Append(data);
        return hash.Finish();
    }
}
