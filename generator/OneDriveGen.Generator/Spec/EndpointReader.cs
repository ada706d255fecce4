using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Json;
using OneDriveGen.Generator.Planning;

namespace OneDriveGen.Generator.Spec;

/// <summary>
/// Reads the spec's <c>endpoints</c> (expanded under each of their <c>pathPrefixes</c>) and checks their paths,
/// parameters, payloads and conflicts.
/// </summary>
internal static class EndpointReader
{
    internal static readonly string[] EndpointKeys =
    {
        "name", "method", "path", "description", "prefixes", "body", "response", "scopes", "query", "behaviors",
    };

    internal static readonly string[] PrefixKeys = { "path", "description" };
    private static readonly string[] Methods = { "GET", "POST", "PUT", "PATCH", "DELETE" };
    private static readonly string[] BodyMethods = { "POST", "PUT", "PATCH" };

    /// <summary>What every builder already has, whatever its children: its own members and all operations' members.</summary>
    private static readonly HashSet<string> BuilderMembers = new(
        BuilderEmitter.Members
            .Concat(ObjectMembers.Names)
            .Concat(Methods.SelectMany(m => OperationEmitter.MembersFor(Identifiers.ToPascal(m.ToLowerInvariant())))));

    public static List<EndpointDef> Read(
        SpecReadContext context,
        JsonNode? section,
        JsonNode? prefixSection,
        List<DeclaredPathParameter> pathParameters,
        Dictionary<string, QueryParameterDef> queryParameters,
        HashSet<string> modelNames)
    {
        var result = new List<EndpointDef>();
        var prefixes = ReadPrefixes(context, prefixSection);
        var parametersByName = pathParameters.ToDictionary(p => p.Definition.Name);
        var definitions = pathParameters.ToDictionary(p => p.Definition.Name, p => p.Definition);
        var names = new HashSet<string>();
        var operations = new Dictionary<string, string>();
        var positions = new Dictionary<string, (string Parameter, string Endpoint)>();
        foreach (var item in section?.Items ?? new List<JsonNode>())
        {
            var reader = ObjectReader.Open(context, item, "an endpoint", EndpointKeys);
            if (reader is null)
            {
                continue;
            }

            var nameNode = reader.Value("name", JsonKind.String, required: true);
            var name = nameNode?.Text ?? "?";
            if (nameNode is not null && !names.Add(name))
            {
                context.Report(SpecDiagnostics.DuplicateName, nameNode, "endpoint name", name);
            }

            var methodNode = reader.Value("method", JsonKind.String, required: true);
            var method = methodNode?.Text ?? "GET";
            if (methodNode is not null && !Methods.Contains(method))
            {
                context.Report(SpecDiagnostics.NotAnAllowedValue, methodNode, method, "method", string.Join(", ", Methods), DidYouMean.Suggest(method, Methods));
            }

            var pathNode = reader.Value("path", JsonKind.String, required: true);
            var body = ReadPayload(context, reader, "body", modelNames);
            if (body.Kind != PayloadKind.None && Methods.Contains(method) && !BodyMethods.Contains(method))
            {
                context.Report(SpecDiagnostics.BodyNotAllowed, reader.Property("body")!.Value, method);
            }

            var response = ReadPayload(context, reader, "response", modelNames);
            var scopes = reader.Strings("scopes").Select(s => s.Text!).ToEquatableArray();
            var query = ReadQuery(context, reader, queryParameters);
            var behaviors = ReadBehaviors(context, reader);
            if (pathNode is null)
            {
                continue;
            }

            var instances = Instances(context, reader, pathNode, prefixes);
            foreach (var (prefix, reportNode) in instances)
            {
                var fullPath = prefix + pathNode.Text!;
                if (PathLimits.Exceeded(fullPath) is { } tooLong)
                {
                    context.Report(SpecDiagnostics.PathTooLong, pathNode, PathLimits.Shown(fullPath), tooLong);
                    break;
                }

                var segments = PathTemplateParser.Parse(fullPath, out var error);
                if (segments is null)
                {
                    context.Report(SpecDiagnostics.MalformedPath, pathNode, PathLimits.Shown(fullPath), error!);
                    break;
                }

                if (!CheckSegments(context, pathNode, fullPath, segments, parametersByName))
                {
                    break;
                }

                var operationKey = method + " " + Canonical(segments, segments.Count);
                if (operations.TryGetValue(operationKey, out var other))
                {
                    context.Report(SpecDiagnostics.ConflictingEndpoints, reportNode, name, other, $"both are {method} {PathLimits.Shown(fullPath)}");
                }
                else
                {
                    operations[operationKey] = name;
                }

                CheckPositions(context, reportNode, name, segments, positions, definitions);
                result.Add(new EndpointDef(
                    name,
                    method,
                    fullPath,
                    segments.ToEquatableArray(),
                    reader.String("description") ?? string.Empty,
                    body,
                    response,
                    scopes,
                    query,
                    behaviors));
            }
        }

        foreach (var parameter in pathParameters.Where(p => !p.Used))
        {
            context.ReportKey(SpecDiagnostics.UnusedPathParameter, parameter.Key, parameter.Definition.Name);
        }

        return result;
    }

    private static EquatableArray<string> ReadQuery(SpecReadContext context, ObjectReader reader, Dictionary<string, QueryParameterDef> queryParameters)
    {
        var query = new List<string>();
        var queryMembers = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var queryNode in reader.Strings("query"))
        {
            if (queryParameters.TryGetValue(queryNode.Text!, out var queryParameter) && queryMembers.TryGetValue(queryParameter.CSharpName, out var sameMember))
            {
                // Each becomes a property of the operation's query-parameters class.
                context.Report(SpecDiagnostics.DuplicateName, queryNode, $"query parameter (it becomes the same C# property as '{sameMember}')", queryNode.Text!);
            }
            else if (queryParameter is not null)
            {
                queryMembers[queryParameter.CSharpName] = queryNode.Text!;
                query.Add(queryNode.Text!);
            }
            else
            {
                context.Report(SpecDiagnostics.UnknownQueryParameter, queryNode, queryNode.Text!, DidYouMean.Suggest(queryNode.Text!, queryParameters.Keys));
            }
        }

        return query.ToEquatableArray();
    }

    private static EndpointBehavior ReadBehaviors(SpecReadContext context, ObjectReader reader)
    {
        var behaviors = EndpointBehavior.None;
        foreach (var behaviorNode in reader.Strings("behaviors"))
        {
            if (EndpointBehaviorNames.Find(behaviorNode.Text!) is { } behavior)
            {
                behaviors |= behavior;
            }
            else
            {
                context.Report(SpecDiagnostics.NotAnAllowedValue, behaviorNode, behaviorNode.Text!, "behavior", string.Join(", ", EndpointBehaviorNames.All), DidYouMean.Suggest(behaviorNode.Text!, EndpointBehaviorNames.All));
            }
        }

        return behaviors;
    }

    /// <summary>The endpoint once per prefix it names (or once as written), with the token to report conflicts at.</summary>
    private static List<(string Prefix, JsonNode Node)> Instances(SpecReadContext context, ObjectReader reader, JsonNode pathNode, Dictionary<string, string> prefixes)
    {
        var prefixNodes = reader.Strings("prefixes");
        var instances = new List<(string Prefix, JsonNode Node)>();
        if (reader.Property("prefixes") is null)
        {
            instances.Add((string.Empty, pathNode));
        }

        foreach (var prefixNode in prefixNodes)
        {
            if (prefixes.TryGetValue(prefixNode.Text!, out var prefixPath))
            {
                instances.Add((prefixPath, prefixNode));
            }
            else
            {
                context.Report(SpecDiagnostics.UnknownPathPrefix, prefixNode, prefixNode.Text!, DidYouMean.Suggest(prefixNode.Text!, prefixes.Keys));
            }
        }

        return instances;
    }

    private static Dictionary<string, string> ReadPrefixes(SpecReadContext context, JsonNode? section)
    {
        var result = new Dictionary<string, string>();
        foreach (var property in context.Entries(section))
        {
            var reader = ObjectReader.Open(context, property.Value, $"path prefix '{property.Name}'", PrefixKeys);
            var path = reader?.String("path", required: true);
            if (path is not null)
            {
                result[property.Name] = path;
            }
        }

        return result;
    }

    private static PayloadDef ReadPayload(SpecReadContext context, ObjectReader reader, string key, HashSet<string> modelNames)
    {
        var node = reader.Value(key, JsonKind.String);
        switch (node?.Text)
        {
            case null:
            case "none":
                return new PayloadDef(PayloadKind.None, null);
            case "stream":
                return new PayloadDef(PayloadKind.Stream, null);
            default:
                if (!modelNames.Contains(node.Text!))
                {
                    context.Report(SpecDiagnostics.UnknownType, node, "model", node.Text!, DidYouMean.Suggest(node.Text!, modelNames.Concat(new[] { "stream", "none" })));
                }

                return new PayloadDef(PayloadKind.Model, node.Text);
        }
    }

    private static bool CheckSegments(SpecReadContext context, JsonNode pathNode, string fullPath, List<PathSegment> segments, Dictionary<string, DeclaredPathParameter> parameters)
    {
        var ok = true;
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        var reused = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            if (segment.Kind == PathSegmentKind.Literal)
            {
                NameChecks.Pascal(context, pathNode, segment.Text);
            }

            foreach (var name in segment.Parameters)
            {
                if (!used.Add(name))
                {
                    // One value for two places: the builders would take it twice (two same-named parameters).
                    if (reused.Add(name))
                    {
                        context.Report(SpecDiagnostics.DuplicateName, pathNode, $"path parameter (used twice in '{PathLimits.Shown(fullPath)}'; declare a second parameter)", name);
                    }

                    ok = false;
                    continue;
                }

                if (!parameters.TryGetValue(name, out var parameter))
                {
                    context.Report(SpecDiagnostics.UndeclaredPathParameter, pathNode, PathLimits.Shown(fullPath), name);
                    ok = false;
                    continue;
                }

                parameter.Used = true;
                var kind = parameter.Definition.Kind;
                var misuse = (segment.Kind, kind) switch
                {
                    (PathSegmentKind.PathAddress, not PathParameterKind.Path) => $"'{name}' is used for path addressing ':/{{{name}}}:' but its type is not 'path'",
                    (not PathSegmentKind.PathAddress, PathParameterKind.Path) => $"'{name}' has type 'path' and must be used as ':/{{{name}}}:'",
                    (not PathSegmentKind.Function, PathParameterKind.ODataString) => $"'{name}' has type 'odataString' and must be used inside a function call such as search(q='{{{name}}}')",
                    _ => null,
                };
                if (misuse is not null)
                {
                    context.Report(SpecDiagnostics.ParameterTypeMisplaced, pathNode, PathLimits.Shown(fullPath), misuse);
                    ok = false;
                }
            }
        }

        return ok;
    }

    /// <summary>
    /// Every parameter position must use one name, since the builders of all endpoints form one tree; and the
    /// children of one builder (properties, the indexer, methods) need distinct C# names that no generated member has.
    /// </summary>
    private static void CheckPositions(SpecReadContext context, JsonNode node, string endpoint, List<PathSegment> segments, Dictionary<string, (string Parameter, string Endpoint)> positions, Dictionary<string, PathParameterDef> parameters)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var member = AccessorNames.Member(segment, parameters);
            var parentClass = i == 0 ? null : BuilderEmitter.ClassName(AccessorNames.NamespaceSegment(segments[i - 1], parameters));
            if (BuilderMembers.Contains(member) || member == parentClass || (parentClass is not null && Methods.Any(m => OperationEmitter.QueryParametersClass(parentClass, Identifiers.ToPascal(m.ToLowerInvariant())) == member)))
            {
                context.Report(SpecDiagnostics.InvalidIdentifier, node, segment.Text, $"its accessor '{member}' clashes with a member of the generated request builder");
                continue;
            }

            // items and Items (or Items%), or a literal and a function with one C# name, become one member, one
            // namespace and one file name, compared without regard to case: the second is an error, not a crash.
            var identity = segment.Kind + ":" + segment.Text;
            var nameKey = Canonical(segments, i) + "/~" + member.ToUpperInvariant();
            if (positions.TryGetValue(nameKey, out var spelled) && spelled.Parameter != identity && !(segment.Kind == PathSegmentKind.Parameter && spelled.Parameter.StartsWith(nameof(PathSegmentKind.Parameter) + ":", System.StringComparison.Ordinal)))
            {
                context.Report(SpecDiagnostics.DuplicateName, node, $"path segment (in endpoint '{endpoint}' it becomes the same C# name as '{spelled.Parameter.Substring(spelled.Parameter.IndexOf(':') + 1)}' in endpoint '{spelled.Endpoint}')", segment.Text);
            }
            else if (!positions.ContainsKey(nameKey))
            {
                positions[nameKey] = (identity, endpoint);
            }

            if (segment.Kind is not (PathSegmentKind.Parameter or PathSegmentKind.PathAddress))
            {
                continue;
            }

            var key = Canonical(segments, i + 1);
            var parameter = segment.Text;
            if (positions.TryGetValue(key, out var existing) && existing.Parameter != parameter)
            {
                context.Report(SpecDiagnostics.ConflictingEndpoints, node, endpoint, existing.Endpoint, $"the same position is parameter '{parameter}' in one and '{existing.Parameter}' in the other; use one name");
            }
            else if (!positions.ContainsKey(key))
            {
                positions[key] = (parameter, endpoint);
            }
        }
    }

    private static string Canonical(List<PathSegment> segments, int count)
    {
        var parts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            parts.Add(segments[i].Kind switch
            {
                PathSegmentKind.Parameter => "/{}",
                PathSegmentKind.PathAddress => ":{}:",
                _ => "/" + segments[i].Text,
            });
        }

        return string.Concat(parts);
    }
}
