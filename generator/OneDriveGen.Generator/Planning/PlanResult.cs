using OneDriveGen.Generator.Infrastructure;

namespace OneDriveGen.Generator.Planning;

/// <summary>The units to emit for one spec file, the namespace they go to, and every diagnostic found on the way.</summary>
internal sealed record PlanResult(string FilePath, string Namespace, EquatableArray<EmitUnit> Units, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>This plan with no code, and one more diagnostic: what another spec already generates is left out.</summary>
    public PlanResult Without(DiagnosticInfo reason) =>
        new(FilePath, Namespace, EquatableArray<EmitUnit>.Empty, Diagnostics.Add(reason));
}
