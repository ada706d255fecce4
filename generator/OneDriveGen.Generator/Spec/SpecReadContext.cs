using System.Collections.Generic;
using Microsoft.CodeAnalysis;
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

    public void Report(DiagnosticDescriptor descriptor, JsonPosition start, JsonPosition end, params string[] arguments)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        var location = new LocationInfo(FilePath, start.Offset, end.Offset - start.Offset, start.Line, start.Column, end.Line, end.Column);
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(arguments)));
    }

    /// <summary>
    /// The entries of a dictionary-like section (models, parameters, …): a duplicate key is reported as ODG1003
    /// and left out, so the first one wins.
    /// </summary>
    public IEnumerable<JsonProperty> Entries(JsonNode? section)
    {
        if (section is null)
        {
            yield break;
        }

        var seen = new HashSet<string>();
        foreach (var property in section.Properties)
        {
            if (seen.Add(property.Name))
            {
                yield return property;
            }
            else
            {
                ReportKey(Generator.Diagnostics.DiagnosticDescriptors.DuplicateName, property, "key", property.Name);
            }
        }
    }

    public void Report(DiagnosticDescriptor descriptor, JsonNode node, params string[] arguments) =>
        Report(descriptor, node.Start, node.End, arguments);

    public void ReportKey(DiagnosticDescriptor descriptor, JsonProperty property, params string[] arguments) =>
        Report(descriptor, property.KeyStart, property.KeyEnd, arguments);
}
