using System.Collections.Generic;
using System.Linq;
using System.Text;
using OneDriveGen.Generator.Emit;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Planning;

/// <summary>
/// Merges all endpoint paths into one tree of request builders, Kiota's shape: a literal segment is a
/// property, an ID segment an indexer, path addressing and functions are methods.
/// </summary>
internal static class BuilderTreePlanner
{
    public static IEnumerable<BuilderUnit> Plan(SpecModel spec, string rootNamespace, string modelsNamespace)
    {
        var root = new Node(null, rootNamespace, spec.Name + "Client", string.Empty);
        var parameters = spec.PathParameters.ToDictionary(p => p.Name);
        var queries = spec.QueryParameters.ToDictionary(q => q.Key);
        foreach (var endpoint in spec.Endpoints)
        {
            var segments = PathTemplateParser.Parse(endpoint.Path, out _)!;
            var node = root;
            foreach (var segment in segments)
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
            .Select(q => UriTemplateNames.Variable(q.WireName))
            .Distinct()
            .ToList();
        var template = "{+baseurl}" + node.Template + (queryVariables.Count == 0 ? string.Empty : "{?" + string.Join(",", queryVariables) + "}");
        var description = node.Parent is null
            ? (spec.Description.Length > 0 ? spec.Description : $"The entry point of the {spec.Name} API.")
            : $"Builds and executes requests for {(node.Path.Length == 0 ? "/" : node.Path)}.";
        return new BuilderUnit(
            $"{node.Namespace}.{node.ClassName}.g.cs",
            node.Namespace,
            node.ClassName,
            template,
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
        private readonly Dictionary<string, Node> _byKey = new();

        public Node(Node? parent, string @namespace, string className, string template)
        {
            Parent = parent;
            Namespace = @namespace;
            ClassName = className;
            Template = template;
        }

        public Node? Parent { get; }

        public string Namespace { get; }

        public string ClassName { get; }

        public string Template { get; }

        public string Path { get; private set; } = string.Empty;

        public ChildAccessor? Accessor { get; private set; }

        public List<Node> Children { get; } = new();

        public List<OperationPlan> Operations { get; } = new();

        public Node Child(PathSegment segment, Dictionary<string, PathParameterDef> parameters)
        {
            var key = segment.Kind switch
            {
                PathSegmentKind.Literal => "L:" + segment.Text,
                PathSegmentKind.Function => "F:" + segment.Text,
                PathSegmentKind.Parameter => "P",
                _ => "A",
            };
            if (_byKey.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var accessorParameters = segment.Parameters
                .Select(p => parameters[p])
                .Select(p => new AccessorParameter(Identifiers.ToCamel(p.Name), UriTemplateNames.Variable(p.Name), p.Kind, p.Description))
                .ToEquatableArray();
            var name = AccessorNames.Name(segment, parameters);
            string templatePart;
            string pathPart;
            AccessorKind kind;
            switch (segment.Kind)
            {
                case PathSegmentKind.Literal:
                    templatePart = "/" + segment.Text;
                    pathPart = templatePart;
                    kind = AccessorKind.Property;
                    break;
                case PathSegmentKind.Parameter:
                    templatePart = "/{" + UriTemplateNames.Variable(segment.Text) + "}";
                    pathPart = "/{" + segment.Text + "}";
                    kind = AccessorKind.Indexer;
                    break;
                case PathSegmentKind.PathAddress:
                    templatePart = ":/{+" + UriTemplateNames.Variable(segment.Text) + "}:";
                    pathPart = ":/{" + segment.Text + "}:";
                    kind = AccessorKind.Method;
                    break;
                default:
                    templatePart = "/" + FunctionTemplate(segment.Text);
                    pathPart = "/" + segment.Text;
                    kind = AccessorKind.Method;
                    break;
            }

            var namespaceSegment = AccessorNames.NamespaceSegment(segment, parameters);
            var child = new Node(this, Namespace + "." + namespaceSegment, BuilderEmitter.ClassName(namespaceSegment), Template + templatePart)
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

        private static string FunctionTemplate(string text)
        {
            var builder = new StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                var open = text.IndexOf('{', i);
                if (open < 0)
                {
                    builder.Append(text, i, text.Length - i);
                    break;
                }

                var close = text.IndexOf('}', open);
                builder.Append(text, i, open - i).Append('{').Append(UriTemplateNames.Variable(text.Substring(open + 1, close - open - 1))).Append('}');
                i = close + 1;
            }

            return builder.ToString();
        }
    }
}
