using System.Collections;
using System.Collections.Generic;

namespace OneDriveGen.Common.Diagnostics;

/// <summary>
/// A band's catalog as it is declared: each code's field is <c>Define</c>d on the list, so the list of all codes
/// cannot miss one. Declare the list before the fields: static fields initialise in order.
/// </summary>
internal sealed class DiagnosticList : IReadOnlyList<DiagnosticEntry>
{
    private readonly List<DiagnosticEntry> _entries = new();

    public int Count => _entries.Count;

    public DiagnosticEntry this[int index] => _entries[index];

    /// <summary>Adds the code to the catalog and returns its entry.</summary>
    public DiagnosticEntry Define(string code, DiagnosticLevel level, string title, string messageFormat)
    {
        var entry = new DiagnosticEntry(code, level, title, messageFormat);
        _entries.Add(entry);
        return entry;
    }

    public IEnumerator<DiagnosticEntry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
