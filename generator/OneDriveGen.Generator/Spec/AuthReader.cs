using System;
using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Json;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Spec;

/// <summary>Reads the spec's <c>auth</c> section: OAuth 2.0 endpoints, grants and their fields.</summary>
internal static class AuthReader
{
    internal static readonly string[] AuthKeys = { "variables", "authorize", "fields", "grants", "tokenEndpoints", "deviceAuthorization" };
    internal static readonly string[] VariableKeys = { "default", "kind", "description" };
    internal static readonly string[] AuthorizeKeys = { "url", "description", "parameters" };
    internal static readonly string[] ParameterKeys = { "type", "required", "const", "default", "values", "description", "name" };
    internal static readonly string[] FieldKeys = { "type", "secret", "description", "name" };
    internal static readonly string[] GrantKeys = { "description", "clients", "name" };
    private static readonly string[] ClientTypeNames = { Common.Registration.ClientTypes.Public, Common.Registration.ClientTypes.Confidential };
    internal static readonly string[] ClientKeys = { "required", "optional", "forbidden" };
    internal static readonly string[] TokenEndpointKeys = { "url", "contentType", "grants", "response", "error", "legacy", "description" };
    internal static readonly string[] DeviceAuthorizationKeys = { "url", "fields", "response", "error", "description" };

    public static AuthModel? Read(SpecReadContext context, JsonNode node, HashSet<string> modelNames, string specName)
    {
        var auth = ObjectReader.Open(context, node, "auth", AuthKeys);
        if (auth is null)
        {
            return null;
        }

        var variables = ReadVariables(context, auth.Object("variables"), specName);
        var authorizeNode = auth.Object("authorize", required: true);
        var authorize = authorizeNode is null ? null : ReadAuthorize(context, authorizeNode, variables, specName);
        var fields = ReadFields(context, auth.Object("fields", required: true));
        var grants = ReadGrants(context, auth.Object("grants", required: true), fields);
        var endpoints = ReadTokenEndpoints(context, auth.Object("tokenEndpoints", required: true), variables, grants, modelNames, specName);
        var device = ReadDeviceAuthorization(context, auth.Object("deviceAuthorization"), variables, fields, modelNames);
        if (authorize is null)
        {
            return null;
        }

        return new AuthModel(variables.ToEquatableArray(), authorize, fields.Values.ToEquatableArray(), grants.ToEquatableArray(), endpoints.ToEquatableArray(), device);
    }

    private static List<AuthVariableDef> ReadVariables(SpecReadContext context, JsonNode? section, string specName)
    {
        var result = new List<AuthVariableDef>();
        var taken = new HashSet<string>(ObjectMembers.Names) { AuthVariablesEmitter.ClassName(specName) };
        foreach (var property in context.Entries(section, "auth variable"))
        {
            var reader = ObjectReader.Open(context, property.Value, $"variable '{property.Name}'", VariableKeys);
            if (reader is null)
            {
                continue;
            }

            var defaultNode = reader.Value("default", JsonKind.String, required: true);
            var kindNode = reader.Value("kind", JsonKind.String);
            var isBaseUrl = kindNode?.Text == "baseUrl";
            if (kindNode is not null && kindNode.Text is not ("baseUrl" or "segment"))
            {
                context.Report(SpecDiagnostics.NotAnAllowedValue, kindNode, kindNode.Text ?? string.Empty, "variable kind", "baseUrl, segment", DidYouMean.Suggest(kindNode.Text ?? string.Empty, new[] { "baseUrl", "segment" }));
            }

            if (isBaseUrl && defaultNode is not null)
            {
                NameChecks.CheckHost(context, defaultNode, defaultNode.Text!);
            }

            var csharpName = NameChecks.Pascal(context, property);
            NameChecks.NotTaken(context, property.KeyStart, property.KeyEnd, property.Name, csharpName, taken, "auth variables class");
            result.Add(new AuthVariableDef(property.Name, csharpName, defaultNode?.Text ?? string.Empty, isBaseUrl, reader.String("description") ?? string.Empty));
        }

        return result;
    }

    private static AuthorizeDef? ReadAuthorize(SpecReadContext context, JsonNode node, List<AuthVariableDef> variables, string specName)
    {
        var taken = new HashSet<string>(AuthorizeEmitter.Members.Concat(ObjectMembers.Names));
        // An enum parameter's type lives beside the other auth types of the namespace.
        var authTypes = new HashSet<string>
        {
            AuthorizeEmitter.ClassName, AuthVariablesEmitter.ClassName(specName), TokenEndpointsEmitter.ClassName(specName), AppRegistrationEmitter.ClassName(specName),
            DeviceAuthorizationEmitter.ClassName,
        };
        var reader = ObjectReader.Open(context, node, "authorize", AuthorizeKeys);
        if (reader is null)
        {
            return null;
        }

        var urlNode = reader.Value("url", JsonKind.String, required: true);
        var url = urlNode is null ? EquatableArray<TemplatePiece>.Empty : ReadUrl(context, urlNode, variables);
        var parameters = new List<AuthParameterDef>();
        foreach (var property in context.Entries(reader.Object("parameters", required: true), "authorize parameter"))
        {
            var parameter = ObjectReader.Open(context, property.Value, $"authorize parameter '{property.Name}'", ParameterKeys);
            if (parameter is null)
            {
                continue;
            }

            var csharpName = CSharpName(context, parameter, property);
            NameChecks.NotTaken(context, property.KeyStart, property.KeyEnd, property.Name, csharpName, taken, "authorize request");
            var constValue = parameter.String("const");
            var type = constValue is not null ? AuthValueType.Const : ReadValueType(context, parameter, allowEnum: true);
            if (type == AuthValueType.Enum && !taken.Contains(csharpName))
            {
                NameChecks.NotTaken(context, property.KeyStart, property.KeyEnd, property.Name, csharpName, authTypes, "auth types (an enum parameter is a type)");
            }
            var valueNodes = parameter.Strings("values");
            var values = DistinctMembers(context, valueNodes, property.Name);
            if (type == AuthValueType.Enum && values.Count == 0)
            {
                context.Report(SpecDiagnostics.MissingKey, property.Value, $"enum parameter '{property.Name}'", "values");
            }

            foreach (var value in values)
            {
                var identifier = Identifiers.ToPascal(value);
                if (!Identifiers.IsValid(identifier))
                {
                    context.Report(SpecDiagnostics.InvalidIdentifier, property.Value, value, "enum values must make identifiers");
                }
                else if (identifier == csharpName)
                {
                    context.Report(SpecDiagnostics.InvalidIdentifier, property.Value, value, $"the enum is named '{csharpName}' too, and a member may not share its type's name");
                }
            }

            parameters.Add(new AuthParameterDef(
                property.Name,
                csharpName,
                type,
                parameter.Bool("required"),
                constValue ?? parameter.String("default"),
                values,
                parameter.String("description") ?? string.Empty));
        }

        return new AuthorizeDef(url, reader.String("description") ?? string.Empty, parameters.ToEquatableArray());
    }

    /// <summary>What every grant record has besides its fields.</summary>
    private static readonly HashSet<string> FieldTaken = new(GrantEmitter.Members.Concat(ObjectMembers.Names));

    private static Dictionary<string, FieldDef> ReadFields(SpecReadContext context, JsonNode? section)
    {
        var result = new Dictionary<string, FieldDef>();
        foreach (var property in context.Entries(section, "field"))
        {
            var reader = ObjectReader.Open(context, property.Value, $"field '{property.Name}'", FieldKeys);
            if (reader is null)
            {
                continue;
            }

            var csharpName = CSharpName(context, reader, property);
            NameChecks.NotTaken(context, property.KeyStart, property.KeyEnd, property.Name, csharpName, FieldTaken, "grant records");
            result[property.Name] = new FieldDef(
                property.Name,
                csharpName,
                ReadValueType(context, reader, allowEnum: false),
                reader.Bool("secret"),
                reader.String("description") ?? string.Empty);
        }

        return result;
    }

    private static List<GrantDef> ReadGrants(SpecReadContext context, JsonNode? section, Dictionary<string, FieldDef> fields)
    {
        var result = new List<GrantDef>();
        foreach (var property in context.Entries(section, "grant"))
        {
            var reader = ObjectReader.Open(context, property.Value, $"grant '{property.Name}'", GrantKeys);
            if (reader is null)
            {
                continue;
            }

            // A grant type may be a URN (urn:ietf:params:oauth:grant-type:device_code): "name" gives it a C# name.
            var nameNode = reader.Value("name", JsonKind.String);
            var grantName = nameNode is null ? NameChecks.Pascal(context, property) : NameChecks.Pascal(context, nameNode, nameNode.Text!);
            var clients = new List<GrantClientDef>();
            var clientsNode = reader.Object("clients", required: true);
            if (clientsNode is not null)
            {
                // Opened for its key checks only: the client types are read below.
                ObjectReader.Open(context, clientsNode, $"clients of grant '{property.Name}'", ClientTypeNames);
            }

            foreach (var client in context.Entries(clientsNode))
            {
                if (!ClientTypeNames.Contains(client.Name))
                {
                    continue;
                }

                var clientReader = ObjectReader.Open(context, client.Value, $"{client.Name} client of grant '{property.Name}'", ClientKeys);
                if (clientReader is null)
                {
                    continue;
                }

                // One set across both lists: a field listed twice would be two properties of one record.
                var listed = new HashSet<string>(StringComparer.Ordinal);
                var record = GrantEmitter.ClassName(client.Name, grantName);
                var required = FieldList(context, clientReader, "required", fields, listed, record);
                var optional = FieldList(context, clientReader, "optional", fields, listed, record);
                foreach (var forbidden in clientReader.Strings("forbidden"))
                {
                    if (!fields.ContainsKey(forbidden.Text!))
                    {
                        context.Report(SpecDiagnostics.UnknownField, forbidden, forbidden.Text!, DidYouMean.Suggest(forbidden.Text!, fields.Keys));
                    }
                    else if (required.Contains(forbidden.Text!) || optional.Contains(forbidden.Text!))
                    {
                        var listedAs = required.Contains(forbidden.Text!) ? "required" : "optional";
                        context.Report(SpecDiagnostics.RequiredAndForbidden, forbidden, forbidden.Text!, property.Name, client.Name, listedAs);
                    }
                }

                clients.Add(new GrantClientDef(client.Name, client.Name == Common.Registration.ClientTypes.Confidential, required.ToEquatableArray(), optional.ToEquatableArray()));
            }

            result.Add(new GrantDef(property.Name, grantName, reader.String("description") ?? string.Empty, clients.ToEquatableArray()));
        }

        return result;
    }

    private static List<string> FieldList(SpecReadContext context, ObjectReader reader, string key, Dictionary<string, FieldDef> fields, HashSet<string> listed, string record)
    {
        var result = new List<string>();
        foreach (var node in reader.Strings(key))
        {
            if (fields.ContainsKey(node.Text!))
            {
                if (fields[node.Text!].CSharpName == record)
                {
                    context.Report(SpecDiagnostics.InvalidIdentifier, node, node.Text!, $"it becomes a property of the record '{record}', and a member may not share its type's name; give the field a \"name\"");
                }
                else if (listed.Add(node.Text!))
                {
                    result.Add(node.Text!);
                }
                else
                {
                    context.Report(SpecDiagnostics.DuplicateName, node, "field in the grant's client lists", node.Text!);
                }
            }
            else
            {
                context.Report(SpecDiagnostics.UnknownField, node, node.Text!, DidYouMean.Suggest(node.Text!, fields.Keys));
            }
        }

        return result;
    }

    private static List<TokenEndpointDef> ReadTokenEndpoints(SpecReadContext context, JsonNode? section, List<AuthVariableDef> variables, List<GrantDef> grants, HashSet<string> modelNames, string specName)
    {
        var result = new List<TokenEndpointDef>();
        var taken = new HashSet<string>(TokenEndpointsEmitter.Members.Concat(ObjectMembers.Names)) { TokenEndpointsEmitter.ClassName(specName) };
        foreach (var entry in section?.Properties ?? Enumerable.Empty<JsonProperty>())
        {
            taken.Add(TokenEndpointsEmitter.ResponseFactory(Identifiers.ToPascal(entry.Name)));
        }

        var grantTypes = grants.Select(g => g.GrantType).ToList();
        foreach (var property in context.Entries(section, "token endpoint"))
        {
            var reader = ObjectReader.Open(context, property.Value, $"token endpoint '{property.Name}'", TokenEndpointKeys);
            if (reader is null)
            {
                continue;
            }

            var urlNode = reader.Value("url", JsonKind.String, required: true);
            var url = urlNode is null ? EquatableArray<TemplatePiece>.Empty : ReadUrl(context, urlNode, variables);
            var contentType = reader.Value("contentType", JsonKind.String);
            if (contentType is not null && contentType.Text != "application/x-www-form-urlencoded")
            {
                context.Report(SpecDiagnostics.JsonTokenRequest, contentType, contentType.Text!);
            }

            var endpointGrants = new List<string>();
            foreach (var grant in reader.Strings("grants", required: true))
            {
                if (grantTypes.Contains(grant.Text!))
                {
                    endpointGrants.Add(grant.Text!);
                }
                else
                {
                    context.Report(SpecDiagnostics.UnknownGrant, grant, grant.Text!, DidYouMean.Suggest(grant.Text!, grantTypes));
                }
            }

            var response = ModelReference(context, reader, "response", modelNames, required: true);
            var error = ModelReference(context, reader, "error", modelNames, required: false);
            var csharpName = NameChecks.Pascal(context, property);
            NameChecks.NotTaken(context, property.KeyStart, property.KeyEnd, property.Name, csharpName, taken, "token endpoints class");
            result.Add(new TokenEndpointDef(
                property.Name,
                csharpName,
                url,
                endpointGrants.ToEquatableArray(),
                response ?? string.Empty,
                error,
                reader.Bool("legacy"),
                reader.String("description") ?? string.Empty));
        }

        return result;
    }

    private static DeviceAuthorizationDef? ReadDeviceAuthorization(SpecReadContext context, JsonNode? node, List<AuthVariableDef> variables, Dictionary<string, FieldDef> fields, HashSet<string> modelNames)
    {
        var reader = node is null ? null : ObjectReader.Open(context, node, "deviceAuthorization", DeviceAuthorizationKeys);
        if (reader is null)
        {
            return null;
        }

        var urlNode = reader.Value("url", JsonKind.String, required: true);
        var url = urlNode is null ? EquatableArray<TemplatePiece>.Empty : ReadUrl(context, urlNode, variables);
        var listed = new List<string>();
        foreach (var field in reader.Strings("fields", required: true))
        {
            if (fields.TryGetValue(field.Text!, out var def) && DeviceAuthorizationEmitter.Members.Contains(def.CSharpName))
            {
                context.Report(SpecDiagnostics.InvalidIdentifier, field, field.Text!, $"its property '{def.CSharpName}' clashes with a member of {DeviceAuthorizationEmitter.ClassName}; give the field a \"name\"");
            }
            else if (fields.ContainsKey(field.Text!))
            {
                listed.Add(field.Text!);
            }
            else
            {
                context.Report(SpecDiagnostics.UnknownField, field, field.Text!, DidYouMean.Suggest(field.Text!, fields.Keys));
            }
        }

        var response = ModelReference(context, reader, "response", modelNames, required: true);
        var error = ModelReference(context, reader, "error", modelNames, required: false);
        return new DeviceAuthorizationDef(url, listed.ToEquatableArray(), response ?? string.Empty, error, reader.String("description") ?? string.Empty);
    }

    private static string? ModelReference(SpecReadContext context, ObjectReader reader, string key, HashSet<string> modelNames, bool required)
    {
        var node = reader.Value(key, JsonKind.String, required);
        if (node is not null && !modelNames.Contains(node.Text!))
        {
            context.Report(SpecDiagnostics.UnknownType, node, "model", node.Text!, DidYouMean.Suggest(node.Text!, modelNames));
            return null;
        }

        return node?.Text;
    }

    private static EquatableArray<TemplatePiece> ReadUrl(SpecReadContext context, JsonNode node, List<AuthVariableDef> variables)
    {
        var text = node.Text!;
        if (TemplateScanner.Scan(text, out var error) is not { } pieces)
        {
            context.Report(SpecDiagnostics.MalformedPath, node, text, error!);
            return EquatableArray<TemplatePiece>.Empty;
        }

        // The URL with every variable at its default, for the host checks.
        var expanded = new System.Text.StringBuilder();
        foreach (var piece in pieces)
        {
            var variable = piece.IsVariable ? variables.FirstOrDefault(v => v.Name == piece.Text) : null;
            if (!piece.IsVariable)
            {
                expanded.Append(piece.Text);
            }
            else if (variable is null)
            {
                context.Report(SpecDiagnostics.UnknownAuthVariable, node, piece.Text, DidYouMean.Suggest(piece.Text, variables.Select(v => v.Name)));
            }
            else
            {
                expanded.Append(variable.Default);
            }
        }

        if (pieces.Count == 0 || !pieces[0].IsVariable)
        {
            NameChecks.CheckHost(context, node, expanded.ToString());
        }
        else if (variables.FirstOrDefault(v => v.Name == pieces[0].Text) is { IsBaseUrl: false })
        {
            context.Report(SpecDiagnostics.UrlStartsWithSegment, node, text, pieces[0].Text);
        }

        return pieces;
    }

    private static AuthValueType ReadValueType(SpecReadContext context, ObjectReader reader, bool allowEnum)
    {
        var node = reader.Value("type", JsonKind.String);
        switch (node?.Text)
        {
            case null:
            case "string":
                return AuthValueType.String;
            case "scopes":
                return AuthValueType.Scopes;
            case "enum" when allowEnum:
                return AuthValueType.Enum;
            default:
                var known = allowEnum ? new[] { "string", "scopes", "enum" } : new[] { "string", "scopes" };
                context.Report(SpecDiagnostics.NotAnAllowedValue, node, node.Text!, "value type", string.Join(", ", known), DidYouMean.Suggest(node.Text!, known));
                return AuthValueType.String;
        }
    }

    private static string CSharpName(SpecReadContext context, ObjectReader reader, JsonProperty property)
    {
        var nameNode = reader.Value("name", JsonKind.String);
        return nameNode is null ? NameChecks.Pascal(context, property) : NameChecks.Pascal(context, nameNode, nameNode.Text!);
    }

    // Enum values become members: none and None (or response_mode and responseMode) would be one member twice. The
    // second is reported at its token, naming the first, and left out.
    private static EquatableArray<string> DistinctMembers(SpecReadContext context, IEnumerable<JsonNode> valueNodes, string parameter)
    {
        var members = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        var values = new List<string>();
        foreach (var node in valueNodes)
        {
            var member = Identifiers.ToPascal(node.Text!);
            if (members.TryGetValue(member, out var first))
            {
                context.Report(SpecDiagnostics.DuplicateName, node, $"value of enum parameter '{parameter}' (it becomes the same C# member as '{first}')", node.Text!);
                continue;
            }

            members.Add(member, node.Text!);
            values.Add(node.Text!);
        }

        return values.ToEquatableArray();
    }
}
