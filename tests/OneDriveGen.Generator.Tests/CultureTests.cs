using System.Globalization;
using System.Linq;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>Generated code must not depend on the machine's culture (CS1056 on fi-FI minus signs, tr-TR's dotless i).</summary>
public class CultureTests
{
    [Theory]
    [InlineData("fi-FI")]
    [InlineData("tr-TR")]
    public void OutputIsByteIdenticalUnderAnotherCulture(string culture)
    {
        var invariant = RunUnder(CultureInfo.InvariantCulture);

        var other = RunUnder(new CultureInfo(culture));

        Assert.Equal(invariant.Select(s => s.HintName), other.Select(s => s.HintName));
        Assert.Equal(invariant.Select(s => s.Text), other.Select(s => s.Text));
    }

    private static (string HintName, string Text)[] RunUnder(CultureInfo culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return GeneratorHarness.Run(GeneratorHarness.ShippedSpec, GeneratorHarness.ShippedSpecPath).Sources
                .Select(s => (s.HintName, s.SourceText.ToString()))
                .ToArray();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
