using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using OneDriveGen.Generator.Json;

namespace OneDriveGen.Build;

/// <summary>
/// Reads the endpoints and their scopes from a <c>*-endpoints.json</c> spec. A spec that does not parse yields
/// nothing here: the source generator reports it (ODG1001) with its position, and once is enough.
/// </summary>
internal static class SpecFileReader
{
    public static IReadOnlyList<SpecEndpoint> Read(string file)
    {
        var endpoints = new List<SpecEndpoint>();
        JsonNode root;
        try
        {
            root = JsonParser.Parse(File.ReadAllText(file), CancellationToken.None);
        }
        catch (Exception e) when (e is JsonSyntaxException or IOException or UnauthorizedAccessException)
        {
            return endpoints;
        }

        if (root.Find("endpoints")?.Value is not { Kind: JsonKind.Array } list)
        {
            return endpoints;
        }

        foreach (var endpoint in list.Items)
        {
            if (endpoint.Find("name")?.Value is { Kind: JsonKind.String } name && endpoint.Find("scopes")?.Value is { Kind: JsonKind.Array } scopes)
            {
                var values = new List<string>();
                foreach (var scope in scopes.Items)
                {
                    if (scope.Kind == JsonKind.String && scope.Text is { Length: > 0 } text)
                    {
                        values.Add(text);
                    }
                }

                if (values.Count > 0)
                {
                    endpoints.Add(new SpecEndpoint(name.Text ?? string.Empty, values, new SourceLocation(file, scopes.Start.Line + 1, scopes.Start.Column + 1)));
                }
            }
        }

        return endpoints;
    }
}
