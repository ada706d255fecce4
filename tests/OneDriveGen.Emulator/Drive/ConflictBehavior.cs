using System;

namespace OneDriveGen.Emulator.Drive;

/// <summary>@microsoft.graph.conflictBehavior: what to do when the name is taken.</summary>
internal enum ConflictBehavior
{
    Fail,
    Replace,
    Rename,
}

/// <summary>Parses the wire value.</summary>
internal static class ConflictBehaviors
{
    public static ConflictBehavior? Parse(string? value, ConflictBehavior fallback) => value switch
    {
        null or "" => fallback,
        _ when value.Equals("fail", StringComparison.OrdinalIgnoreCase) => ConflictBehavior.Fail,
        _ when value.Equals("replace", StringComparison.OrdinalIgnoreCase) => ConflictBehavior.Replace,
        _ when value.Equals("rename", StringComparison.OrdinalIgnoreCase) => ConflictBehavior.Rename,
        _ => null,
    };
}
