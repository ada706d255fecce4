namespace OneDriveGen.Runtime.Drive;

/// <summary>What Graph does when an item with the same name is already there (<c>@microsoft.graph.conflictBehavior</c>).</summary>
public enum ConflictBehavior
{
    /// <summary>Replace the existing item (a new version of a file).</summary>
    Replace,

    /// <summary>Fail with 409 nameAlreadyExists.</summary>
    Fail,

    /// <summary>Keep both: the new item gets a free name such as <c>report 1.txt</c>.</summary>
    Rename,
}

/// <summary>The wire spelling of a <see cref="ConflictBehavior"/>.</summary>
internal static class ConflictBehaviors
{
    public static string ToWire(this ConflictBehavior behavior) => behavior switch
    {
        ConflictBehavior.Fail => "fail",
        ConflictBehavior.Rename => "rename",
        ConflictBehavior.Replace => "replace",
        _ => throw new System.ArgumentOutOfRangeException(nameof(behavior), behavior, "Not a conflict behaviour: use Replace, Fail or Rename."),
    };
}
