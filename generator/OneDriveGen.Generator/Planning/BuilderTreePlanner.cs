using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Spec;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Planning;

/// <summary>
/// Merges all endpoint paths into one tree of request builders, Kiota's shape: a literal segment is a
/// property, an ID segment an indexer, path addressing and functions are methods.
/// </summary>
internal static class BuilderTreePlanner
{
    public static IEnumerable<BuilderUnit> Plan(SpecModel spec, string rootNamespace, string modelsNamespace)
    {
        var root = new Node(null, rootNamespace, spec.Name + "Client", new[] { TemplatePiece.Variable("baseurl", Expansion.Reserved) });
        var parameters = spec.PathParameters.ToDictionary(p => p.Name);
        var queries = spec.QueryParameters.ToDictionary(q => q.Key);
        foreach (var endpoint in spec.Endpoints)
        {
            var node = root;
            foreach (var segment in endpoint.Segments)
            {
                node = node.Child(segment, parameters);
            }

            node.Operations.Add(new OperationPlan(
                endpoint.Method,
                Identifiers.ToPascal(endpoint.Method.ToLowerInvariant()),
                endpoint.Name,
                endpoint.Description,
                endpoint.Body,
                endpoint.Response,
                endpoint.Scopes,
                endpoint.Behaviors,
                endpoint.Query.Select(q => queries[q]).ToEquatableArray()));
        }

        // Walked with a stack, not recursion: the tree is as deep as the deepest path.
        var units = new List<BuilderUnit>();
        var pending = new Stack<Node>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            units.Add(Unit(node, spec, modelsNamespace));
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                pending.Push(node.Children[i]);
            }
        }

        return units;
    }

    private static BuilderUnit Unit(Node node, SpecModel spec, string modelsNamespace)
    {
        var children = node.Children.Select(c => c.Accessor!).ToEquatableArray();
        var queryVariables = node.Operations
            .SelectMany(o => o.QueryParameters)
            .Select(q => q.WireName)
            .Distinct()
            .ToList();
        var path = node.Template.ToEquatableArray();
        var description = node.Parent is null
            ? (spec.Description.Length > 0 ? spec.Description : $"The entry point of the {spec.Name} API.")
            : $"Builds and executes requests for {(node.Path.Length == 0 ? "/" : node.Path)}.";
        return new BuilderUnit(
            $"{node.Namespace}.{node.ClassName}.g.cs",
            node.Namespace,
            node.ClassName,
            UriTemplateText.Write(path, queryVariables),
            path,
            node.Path,
            description,
            node.Parent is null ? spec.BaseUrl : null,
            modelsNamespace,
            spec.ErrorModel,
            children,
            node.Operations.ToEquatableArray());
    }

    private sealed class Node
    {
        private readonly Dictionary<ChildKey, Node> _byKey = new();

        public Node(Node? parent, string @namespace, string className, IReadOnlyList<TemplatePiece> template)
        {
            Parent = parent;
            Namespace = @namespace;
            ClassName = className;
            Template = template;
        }

        public Node? Parent { get; }

        public string Namespace { get; }

        public string ClassName { get; }

        /// <summary>The builder's path template: the base URL, then one piece list per segment, literals merged.</summary>
        public IReadOnlyList<TemplatePiece> Template { get; }

        public string Path { get; private set; } = string.Empty;

        public ChildAccessor? Accessor { get; private set; }

        public List<Node> Children { get; } = new();

        public List<OperationPlan> Operations { get; } = new();

        public Node Child(PathSegment segment, Dictionary<string, PathParameterDef> parameters)
        {
            // One child per literal or function text; one indexer and one path-addressing method per builder, whatever
            // the parameter is called (the reader refuses two names at one position).
            var key = segment.Kind is PathSegmentKind.Literal or PathSegmentKind.Function
                ? new ChildKey(segment.Kind, segment.Text)
                : new ChildKey(segment.Kind, string.Empty);
            if (_byKey.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var accessorParameters = segment.Parameters
                .Select(p => parameters[p])
                .Select(p => new AccessorParameter(Identifiers.ToCamel(p.Name), UriTemplateText.VariableName(p.Name), p.Kind, p.Description))
                .ToEquatableArray();
            var name = AccessorNames.Name(segment, parameters);
            var template = new TemplatePieces(Template);
            string pathPart;
            AccessorKind kind;
            switch (segment.Kind)
            {
                case PathSegmentKind.Literal:
                    template.Literal("/").Add(segment.Pieces);
                    pathPart = "/" + segment.Text;
                    kind = AccessorKind.Property;
                    break;
                case PathSegmentKind.Parameter:
                    template.Literal("/").Add(segment.Pieces);
                    pathPart = "/{" + segment.Text + "}";
                    kind = AccessorKind.Indexer;
                    break;
                case PathSegmentKind.PathAddress:
                    template.Literal(":/").Add(segment.Pieces).Literal(":");
                    pathPart = ":/{" + segment.Text + "}:";
                    kind = AccessorKind.Method;
                    break;
                default:
                    template.Literal("/").Add(segment.Pieces);
                    pathPart = "/" + segment.Text;
                    kind = AccessorKind.Method;
                    break;
            }

            var namespaceSegment = AccessorNames.NamespaceSegment(segment, parameters);
            var child = new Node(this, Namespace + "." + namespaceSegment, BuilderEmitter.ClassName(namespaceSegment), template.ToList())
            {
                Path = Path + pathPart,
            };
            var description = kind switch
            {
                AccessorKind.Property => $"The {segment.Text} segment: {child.Path}.",
                _ => $"Addresses {child.Path}.",
            };
            child.Accessor = new ChildAccessor(kind, name, "global::" + child.Namespace + "." + child.ClassName, accessorParameters, description);
            _byKey[key] = child;
            Children.Add(child);
            return child;
        }
    }
}

/// <summary>What makes two segments one child of a builder.</summary>
internal readonly record struct ChildKey(PathSegmentKind Kind, string Text);
