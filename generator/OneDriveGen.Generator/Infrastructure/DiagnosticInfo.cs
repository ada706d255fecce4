using System.Linq;
using Microsoft.CodeAnalysis;

namespace OneDriveGen.Generator.Infrastructure;

/// <summary>
/// An equatable record of a diagnostic to report: Roslyn's <see cref="Diagnostic"/> has broken equality
/// (dotnet/roslyn#68291) and holds a <see cref="Location"/>.
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = Diagnostics.SpecDiagnosticDescriptors.Find(Id);
        return Diagnostic.Create(
            descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            Arguments.Cast<object>().ToArray());
    }
}
