using OneDriveGen.Generator.Infrastructure;

namespace OneDriveGen.Generator.Planning;

/// <summary>The units to emit for one spec, and every diagnostic found on the way.</summary>
internal sealed record PlanResult(EquatableArray<EmitUnit> Units, EquatableArray<DiagnosticInfo> Diagnostics);
