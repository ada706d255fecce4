namespace OneDriveGen.Generator;

/// <summary>Names of the tracked pipeline steps, so tests can assert each one caches.</summary>
public static class TrackingNames
{
    /// <summary>The additional files that are specs.</summary>
    public const string SpecFiles = nameof(SpecFiles);

    /// <summary>Each spec parsed and validated into a model plus diagnostics.</summary>
    public const string ParseSpec = nameof(ParseSpec);

    /// <summary>The MSBuild options the generator reads.</summary>
    public const string Options = nameof(Options);

    /// <summary>Each spec split into the units of generated code.</summary>
    public const string PlanUnits = nameof(PlanUnits);

    /// <summary>Which spec file owns each namespace.</summary>
    public const string NamespaceOwners = nameof(NamespaceOwners);

    /// <summary>Each plan, emptied when another spec owns its namespace.</summary>
    public const string Admitted = nameof(Admitted);

    /// <summary>One item per generated file.</summary>
    public const string Units = nameof(Units);

    /// <summary>One item per diagnostic.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
