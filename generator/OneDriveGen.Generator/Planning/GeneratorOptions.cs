namespace OneDriveGen.Generator.Planning;

/// <summary>The few MSBuild settings the generator reads, reduced to an equatable value early.</summary>
internal sealed record GeneratorOptions(string RootNamespace);
