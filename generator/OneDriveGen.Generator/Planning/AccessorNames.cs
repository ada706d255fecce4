using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Planning;

/// <summary>
/// The C# names a path segment becomes in the builder tree, defined once for the planner that emits them and the
/// reader that refuses two segments (or a segment and a generated member) with one name.
/// </summary>
internal static class AccessorNames
{
    /// <summary>C#'s name for an indexer: an indexer and a member called Item cannot share a type.</summary>
    public const string IndexerMember = "Item";

    /// <summary>The accessor's name: a property, an indexer's parameter type name, or a method.</summary>
    public static string Name(PathSegment segment, IReadOnlyDictionary<string, PathParameterDef> parameters) => segment.Kind switch
    {
        PathSegmentKind.Literal => Identifiers.ToPascal(segment.Text),
        PathSegmentKind.Parameter => parameters[segment.Text].CSharpName,
        PathSegmentKind.PathAddress => parameters[segment.Text].Accessor ?? "With" + parameters[segment.Text].CSharpName,
        _ => FunctionName(segment, parameters),
    };

    /// <summary>The member the accessor occupies in its parent builder.</summary>
    public static string Member(PathSegment segment, IReadOnlyDictionary<string, PathParameterDef> parameters) =>
        segment.Kind == PathSegmentKind.Parameter ? IndexerMember : Name(segment, parameters);

    /// <summary>The segment's part of the namespace (and so of the builder's class name).</summary>
    public static string NamespaceSegment(PathSegment segment, IReadOnlyDictionary<string, PathParameterDef> parameters) =>
        segment.Kind == PathSegmentKind.PathAddress ? parameters[segment.Text].CSharpName : Name(segment, parameters);

    private static string FunctionName(PathSegment segment, IReadOnlyDictionary<string, PathParameterDef> parameters)
    {
        var prefix = Identifiers.ToPascal(segment.Text.Substring(0, segment.Text.IndexOf('(')));
        return prefix + "With" + string.Join("And", segment.Parameters.Select(p => parameters[p].CSharpName));
    }
}
