using System.Collections.Generic;

namespace OneDriveGen.Build;

/// <summary>An endpoint of a spec file and the delegated scopes that allow calling it (any one of them).</summary>
internal sealed record SpecEndpoint(string Name, IReadOnlyList<string> Scopes, SourceLocation Location);
