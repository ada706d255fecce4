using System.Linq;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Spec;

/// <summary>The kinds of segment in an endpoint path template.</summary>
internal enum PathSegmentKind
{
    /// <summary>Fixed text: <c>items</c>.</summary>
    Literal,

    /// <summary>A whole segment that is one parameter: <c>{item-id}</c>.</summary>
    Parameter,

    /// <summary>A function call with parameters: <c>search(q='{q}')</c>.</summary>
    Function,

    /// <summary>Path-based addressing relative to the previous segment: <c>:/{item-path}:</c>.</summary>
    PathAddress,
}

/// <summary>
/// One segment of a path template, parsed once. <see cref="Text"/> is the literal, the parameter name, or the
/// function text; <see cref="Pieces"/> its typed template; <see cref="Parameters"/> the parameter names it uses.
/// </summary>
internal sealed record PathSegment(PathSegmentKind Kind, string Text, EquatableArray<TemplatePiece> Pieces)
{
    public EquatableArray<string> Parameters { get; } = Pieces.Where(p => p.IsVariable).Select(p => p.Text).ToEquatableArray();
}
