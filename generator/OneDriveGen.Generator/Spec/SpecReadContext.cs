using System;
using System.Collections.Generic;
using OneDriveGen.Common.Diagnostics;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Json;

namespace OneDriveGen.Generator.Spec;

/// <summary>Collects diagnostics while a spec is read, each located at the JSON token it is about.</summary>
internal sealed class SpecReadContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public SpecReadContext(string filePath) => FilePath = filePath;

    public string FilePath { get; }

    public bool HasErrors { get; private set; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public void Report(DiagnosticEntry entry, JsonPosition start, JsonPosition end, params string[] arguments)
    {
        HasErrors |= entry.Level == DiagnosticLevel.Error;
        var location = new LocationInfo(FilePath, start.Offset, end.Offset - start.Offset, start.Line, start.Column, end.Line, end.Column);
        _diagnostics.Add(new DiagnosticInfo(entry.Code, location, new EquatableArray<string>(arguments)));
    }

    /// <summary>
    /// The entries of a dictionary-like section (models, parameters, …): a duplicate key is reported as ODG1003
    /// and left out, so the first one wins.
    /// </summary>
    public IEnumerable<JsonProperty> Entries(JsonNode? section) => Entries(section, null);

    /// <summary>
    /// The entries of a section whose keys become C# names (types, members, file names): besides duplicate keys,
    /// two keys that become one C# name ignoring case (<c>MainError</c> and <c>MAINERROR</c>, <c>refresh_token</c> and
    /// <c>refreshToken</c>) are ODG1003 at the second, naming the first, and the second is left out: generated file
    /// names are compared without regard to case, so the two could never both be emitted.
    /// </summary>
    public IEnumerable<JsonProperty> Entries(JsonNode? section, string? what)
    {
        if (section is null)
        {
            yield break;
        }

        var seen = new HashSet<string>();
        var generated = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in section.Properties)
        {
            if (!seen.Add(property.Name))
            {
                ReportKey(Generator.Diagnostics.SpecDiagnostics.DuplicateName, property, "key", property.Name);
                continue;
            }

            if (what is not null)
            {
                var name = Infrastructure.Identifiers.ToPascal(property.Name);
                if (generated.TryGetValue(name, out var first))
                {
                    ReportKey(Generator.Diagnostics.SpecDiagnostics.DuplicateName, property, $"{what} (it becomes the same C# name as '{first}')", property.Name);
                    continue;
                }

                generated.Add(name, property.Name);
            }

            yield return property;
        }
    }

    public void Report(DiagnosticEntry entry, JsonNode node, params string[] arguments) =>
        Report(entry, node.Start, node.End, arguments);

    public void ReportKey(DiagnosticEntry entry, JsonProperty property, params string[] arguments) =>
        Report(entry, property.KeyStart, property.KeyEnd, arguments);
}
