namespace OneDriveGen.Generator.Infrastructure;

/// <summary>A pipeline value together with the diagnostics found while producing it.</summary>
internal sealed record Result<T>(string FilePath, T? Value, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : class;
