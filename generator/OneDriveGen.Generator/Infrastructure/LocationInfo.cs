using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OneDriveGen.Generator.Infrastructure;

/// <summary>
/// An equatable stand-in for <see cref="Location"/> (which roots compilations and breaks caching),
/// pointing into a spec file by offset and 0-based line and column.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}
