namespace OneDriveGen.Generator.Emit;

/// <summary>The name and version stamped on generated code.</summary>
internal static class GeneratorInfo
{
    public const string Name = "OneDriveGen";

    public const string Version = "0.1.0";

    public const string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Name + "\", \"" + Version + "\")]";
}
