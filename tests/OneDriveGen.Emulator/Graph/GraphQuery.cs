using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace OneDriveGen.Emulator.Graph;

/// <summary>OData query options of a Graph request ($ optional, as the service allows).</summary>
internal sealed class GraphQuery
{
    private readonly IQueryCollection _query;

    public GraphQuery(IQueryCollection query) => _query = query;

    public string? Get(string name) =>
        _query.TryGetValue("$" + name, out var withDollar) ? withDollar.ToString()
        : _query.TryGetValue(name, out var bare) ? bare.ToString()
        : null;

    public ISet<string>? Select => Get("select") is { Length: > 0 } value
        ? new HashSet<string>(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal)
        : null;

    public bool ExpandsThumbnails => Get("expand")?.Split(',').Any(e => e.Trim().StartsWith("thumbnails", StringComparison.Ordinal)) == true;

    public bool ExpandsChildren => Get("expand")?.Split(',').Any(e => e.Trim().StartsWith("children", StringComparison.Ordinal)) == true;

    public int? Top => int.TryParse(Get("top"), NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top > 0 ? top : null;

    /// <summary>The skip token, either casing ($skiptoken or $skipToken).</summary>
    public string? SkipToken => Get("skiptoken") ?? Get("skipToken");

    public string? OrderBy => Get("orderby");

    public string? ConflictBehavior => _query.TryGetValue("@microsoft.graph.conflictBehavior", out var value) ? value.ToString() : null;

    /// <summary>Every parameter except the paging ones, to carry into a nextLink.</summary>
    public IEnumerable<KeyValuePair<string, string>> WithoutPaging() =>
        _query.Where(p => p.Key is not ("$skiptoken" or "$skipToken" or "skiptoken" or "$top" or "top" or "token"))
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString()));
}
