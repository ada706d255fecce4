using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Json;

namespace OneDriveGen.Generator.Spec;

/// <summary>
/// Reads a spec file into a <see cref="SpecModel"/>. Never throws (but for cancellation): every problem is a
/// located diagnostic, and a spec with errors yields no model, so no half-written code is emitted.
/// </summary>
internal static class SpecParser
{
    internal static readonly string[] RootKeys =
    {
        "$schema", "name", "namespace", "description", "baseUrl", "errorModel", "auth",
        "pathPrefixes", "pathParameters", "queryParameters", "endpoints", "models",
    };

    public static Result<SpecModel> Parse(string filePath, string? text, CancellationToken cancellationToken)
    {
        var context = new SpecReadContext(filePath);
        SpecModel? model = null;
        try
        {
            var root = JsonParser.Parse(text ?? string.Empty, cancellationToken);
            model = Read(context, root);
        }
        catch (JsonSyntaxException ex)
        {
            context.Report(SpecDiagnostics.MalformedJson, ex.Position, ex.Position, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var start = new JsonPosition(0, 0, 0);
            context.Report(SpecDiagnostics.InternalError, start, start, filePath, ex.GetType().Name + ": " + ex.Message);
        }

        return new Result<SpecModel>(filePath, context.HasErrors ? null : model, context.Diagnostics.ToEquatableArray());
    }

    private static SpecModel? Read(SpecReadContext context, JsonNode rootNode)
    {
        var root = ObjectReader.Open(context, rootNode, "the spec", RootKeys);
        if (root is null)
        {
            return null;
        }

        var nameNode = root.Value("name", JsonKind.String, required: true);
        var name = nameNode is null ? "Api" : NameChecks.Pascal(context, nameNode, nameNode.Text!);
        var namespaceNode = root.Value("namespace", JsonKind.String);
        if (namespaceNode is not null)
        {
            CheckNamespace(context, namespaceNode);
        }

        var baseUrlNode = root.Value("baseUrl", JsonKind.String, required: true);
        if (baseUrlNode is not null)
        {
            NameChecks.CheckHost(context, baseUrlNode, baseUrlNode.Text!);
        }

        var models = ModelReader.Read(context, root.Object("models", required: true));
        var modelNames = new HashSet<string>(models.Select(m => m.Name));
        var pathParameters = ParameterReader.ReadPathParameters(context, root.Object("pathParameters"));
        var queryParameters = ParameterReader.ReadQueryParameters(context, root.Object("queryParameters"));
        var endpoints = EndpointReader.Read(
            context,
            root.Value("endpoints", JsonKind.Array, required: true),
            root.Object("pathPrefixes"),
            pathParameters,
            queryParameters,
            modelNames);

        var errorModelNode = root.Value("errorModel", JsonKind.String);
        if (errorModelNode is not null && !modelNames.Contains(errorModelNode.Text!))
        {
            context.Report(SpecDiagnostics.UnknownType, errorModelNode, "model", errorModelNode.Text!, DidYouMean.Suggest(errorModelNode.Text!, modelNames));
        }

        var authNode = root.Object("auth");
        var auth = authNode is null ? null : AuthReader.Read(context, authNode, modelNames, name);

        return new SpecModel(
            name,
            namespaceNode?.Text ?? string.Empty,
            root.String("description") ?? string.Empty,
            baseUrlNode?.Text ?? string.Empty,
            auth,
            pathParameters.Select(p => p.Definition).ToEquatableArray(),
            queryParameters.Values.ToEquatableArray(),
            endpoints.ToEquatableArray(),
            models.ToEquatableArray(),
            errorModelNode?.Text);
    }

    private static void CheckNamespace(SpecReadContext context, JsonNode node)
    {
        foreach (var part in node.Text!.Split('.'))
        {
            if (!Identifiers.IsValid(part))
            {
                context.Report(SpecDiagnostics.InvalidIdentifier, node, node.Text!, $"namespace part '{part}' is not an identifier");
                return;
            }

            // A keyword (A.case) would need @ in every generated reference and cannot be part of a file name.
            if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
            {
                context.Report(SpecDiagnostics.InvalidIdentifier, node, node.Text!, $"namespace part '{part}' is a C# keyword; choose another name");
                return;
            }
        }
    }
}
