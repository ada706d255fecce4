namespace OneDriveGen.Generator.Planning;

/// <summary>The few settings the generator reads, reduced to an equatable value early.</summary>
/// <param name="RootNamespace">The project's root namespace (MSBuild RootNamespace).</param>
/// <param name="LanguageVersion">The consumer's C# version as a number (1100 is C# 11).</param>
/// <param name="Properties">The app-registration build properties, which become the generated defaults.</param>
internal sealed record GeneratorOptions(string RootNamespace, int LanguageVersion, BuildProperties Properties)
{
    /// <summary>Generated code uses required members, so it needs C# 11.</summary>
    public const int MinimumLanguageVersion = 1100;
}
