using System.Collections.Generic;

namespace OneDriveGen.Emulator.Graph;

/// <summary>Which item a Graph URL starts from.</summary>
internal enum ItemBase
{
    /// <summary>The drive itself: /me/drive.</summary>
    Drive,

    /// <summary>/root.</summary>
    Root,

    /// <summary>/items/{id}.</summary>
    Item,

    /// <summary>/special/{name}.</summary>
    Special,
}

/// <summary>
/// A parsed Graph drive URL: the drive, the base item, an optional path relative to it (each segment decoded
/// exactly once), and the action after it with its arguments.
/// </summary>
internal sealed record GraphTarget(
    string Drive,
    ItemBase Base,
    string? BaseValue,
    IReadOnlyList<string>? Path,
    string Action,
    IReadOnlyList<string> Arguments);
