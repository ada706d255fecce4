using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Infrastructure;

namespace OneDriveGen.Generator.Planning;

/// <summary>
/// Two specs generating into one namespace would produce the same types (and hint names, which makes Roslyn drop
/// the whole generator). The first spec by path owns the namespace; the others are reported and emit nothing.
/// </summary>
internal static class NamespaceOwners
{
    /// <summary>For each namespace, the spec file that owns it.</summary>
    public static EquatableArray<NamespaceOwner> Resolve(ImmutableArray<PlanResult> plans) =>
        plans.Where(p => p.Namespace.Length > 0)
            .GroupBy(p => p.Namespace, StringComparer.Ordinal)
            .Select(g => new NamespaceOwner(g.Key, g.Select(p => p.FilePath).OrderBy(f => f, StringComparer.Ordinal).First()))
            .OrderBy(o => o.Namespace, StringComparer.Ordinal)
            .ToEquatableArray();

    public static PlanResult Admit(PlanResult plan, EquatableArray<NamespaceOwner> owners)
    {
        if (plan.Namespace.Length == 0)
        {
            return plan;
        }

        var owner = owners.First(o => o.Namespace == plan.Namespace).FilePath;
        if (owner == plan.FilePath)
        {
            return plan;
        }

        var location = new LocationInfo(plan.FilePath, 0, 0, 0, 0, 0, 0);
        var what = $"namespace (spec '{owner}' already generates '{plan.Namespace}'; give each spec its own \"namespace\")";
        return plan.Without(new DiagnosticInfo(SpecDiagnostics.DuplicateName.Code, location, new EquatableArray<string>(new[] { what, plan.Namespace })));
    }
}

/// <summary>The spec file that generates into a namespace.</summary>
internal sealed record NamespaceOwner(string Namespace, string FilePath);
