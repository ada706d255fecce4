namespace OneDriveGen.Generator.Emit;

/// <summary>
/// Members every generated class or record inherits from <see cref="object"/> (and records add), plus the static
/// <c>ReferenceEquals</c> the generated code calls unqualified: no spec name may become one of them.
/// </summary>
internal static class ObjectMembers
{
    public static readonly string[] Names =
    {
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
        "EqualityContract", "PrintMembers", "Deconstruct",
    };
}
