using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OneDriveGen.Generator.Tests.Fuzz;

/// <summary>
/// Structure-aware mutations of a spec: keys renamed to hostile names or to a sibling's case twin, members
/// duplicated or deleted, values of the wrong type, strings carrying line breaks and directives, paths made deep.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class SpecMutator(Random random)
{
    /// <summary>Names that make legal C# only when escaped or kept apart: keywords, generated members, Unicode letters.</summary>
    private static readonly string[] TrickyNames =
    [
        "class", "case", "namespace", "event", "default", "void", "value", "global", "var", "record", "Class", "Event",
        "ReadJson", "WriteJson", "getAsync", "GetAsync", "requestUrlTemplate", "RequestUrlTemplate", "WithUrl",
        "ToGetRequestInformation", "QueryParameters", "AdditionalData", "ToString", "Equals", "GetHashCode", "GetType",
        "Content", "Item", "Build", "Url", "Error", "Message", "PathParameters", "RequestAdapter", "Create", "Parse",
        "System", "Microsoft", "global_", "é", "名前", "Ω", "Über", "_", "__", "_1", "x1", "item_", "a-b", "a.b",
    ];

    /// <summary>Names the generator must refuse or escape: odd Unicode, separators, C# punctuation, lengths.</summary>
    private static readonly string[] HostileNames =
    [
        "@class", "😀", "a\u2028b", "x\u0085#error boom", "\u200Bzero", "a\u2029b", "tab\there", "a b", " scope", "scope ",
        "1st", "-", "", "a/b", "{x}", "$select", "@odata.type", "a\"b", "a\\b", "*/", "</summary>", "<!--", "#if X",
        "\\u0041", "a\rb", "a\nb",
    ];

    /// <summary>Text a string value may gain: every C# line break, a directive, comment and XML breakers.</summary>
    private static readonly string[] HostileText =
    [
        "\u2028", "\u2029", "\u0085", "\r", "\n", "\r\n#error boom\r\n", "\u0085#error boom", "\u2028#error boom",
        "\"", "\\", "*/", "/*", "</summary>", "<", ">", "&", "{", "}", "{{", "}}", "\0", "\t", "\uFEFF", "\uFFFD",
        "é", "😀", "%", "%2", "%zz", "!", "+", "#", "?", "'", ":", "//", "/", "{item-id}", "{+x}", "{?q}", "(", ")",
    ];

    private static readonly string[] Literals = ["0", "-1", "1.5", "1e309", "99999999999999999999", "true", "false", "null", "\"\"", "[]", "{}"];

    /// <summary>Keys whose members are names the spec author chose (models, fields, grants…), not spec keywords.</summary>
    private static readonly string[] NameSections =
    [
        "models", "properties", "variables", "parameters", "fields", "grants", "tokenEndpoints", "pathParameters", "queryParameters", "pathPrefixes",
    ];

    /// <summary>Keys whose string values are prose or data the generator copies into code.</summary>
    private static readonly string[] TextKeys = ["description", "default", "const", "name", "wireName", "accessor", "message", "scopes", "values"];

    private readonly Random _random = random;

    /// <summary>
    /// Applies one mutation that keeps the spec well formed: a name renamed everywhere it is used, hostile text in
    /// prose and values. These reach the compiler, where the structural ones are mostly refused first.
    /// </summary>
    public string MutatePreserving(JsonTree root)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var description = _random.Next(3) == 0 ? InjectText(root) : RenameEverywhere(root);
            if (description is not null)
            {
                return description;
            }
        }

        return "no mutation applied";
    }

    private string? RenameEverywhere(JsonTree root)
    {
        var named = root.Walk()
            .Select(n => n.Node)
            .OfType<JsonObjectTree>()
            .SelectMany(o => o.Members.Where(m => NameSections.Contains(m.Key) && m.Value is JsonObjectTree))
            .SelectMany(m => ((JsonObjectTree)m.Value).Members)
            .ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var old = Pick(named).Key;
        var renamed = _random.Next(6) switch
        {
            0 => Pick(HostileNames),
            1 => CaseVariant(old),
            2 => old.Insert(_random.Next(old.Length + 1), Pick(HostileText)),
            _ => Pick(TrickyNames),
        };
        foreach (var (node, _) in root.Walk().ToList())
        {
            switch (node)
            {
                case JsonObjectTree obj:
                    foreach (var section in obj.Members.Where(m => NameSections.Contains(m.Key) && m.Value is JsonObjectTree))
                    {
                        foreach (var member in ((JsonObjectTree)section.Value).Members.Where(m => m.Key == old))
                        {
                            member.Key = renamed;
                        }
                    }

                    break;
                case JsonStringTree text when text.Value == old || text.Value == old + "[]":
                    text.Value = renamed + text.Value.Substring(old.Length);
                    break;
                case JsonStringTree text when text.Value.Contains("{" + old + "}", StringComparison.Ordinal):
                    text.Value = text.Value.Replace("{" + old + "}", "{" + renamed + "}", StringComparison.Ordinal);
                    break;
            }
        }

        return $"rename '{old}' everywhere to '{renamed}'";
    }

    private string? InjectText(JsonTree root)
    {
        var texts = root.Walk()
            .Select(n => n.Node)
            .OfType<JsonObjectTree>()
            .SelectMany(o => o.Members.Where(m => TextKeys.Contains(m.Key)))
            .SelectMany(m => m.Value is JsonArrayTree array ? array.Items.OfType<JsonStringTree>() : m.Value is JsonStringTree one ? new[] { one } : Enumerable.Empty<JsonStringTree>())
            .ToList();
        if (texts.Count == 0)
        {
            return null;
        }

        var node = Pick(texts);
        var old = node.Value;
        node.Value = old.Insert(_random.Next(old.Length + 1), Pick(HostileText));
        return $"text '{Shorten(old)}' -> '{Shorten(node.Value)}'";
    }

    /// <summary>Applies one mutation; returns a short description of it (for the failure report).</summary>
    public string Mutate(JsonTree root)
    {
        var operations = new Func<JsonTree, string?>[]
        {
            RenameKey, RenameKey, CaseTwin, CaseTwin, DuplicateMember, DeleteMember, ReplaceValue,
            MutateString, MutateString, MutateString, DuplicateArrayItem, DeleteArrayItem, DeepenPath, DeepenPath, SwapValues, Transplant,
        };
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var description = operations[_random.Next(operations.Length)](root);
            if (description is not null)
            {
                return description;
            }
        }

        return "no mutation applied";
    }

    private string? RenameKey(JsonTree root)
    {
        var (obj, index) = PickMember(root);
        if (obj is null)
        {
            return null;
        }

        var old = obj.Members[index].Key;
        obj.Members[index].Key = _random.Next(2) == 0 ? Pick(HostileNames) : Pick(TrickyNames);
        return $"rename key '{old}' to '{obj.Members[index].Key}'";
    }

    private string? CaseTwin(JsonTree root)
    {
        var (obj, index) = PickMember(root);
        if (obj is null)
        {
            return null;
        }

        var member = obj.Members[index];
        var twin = new JsonMember(CaseVariant(member.Key), member.Value.Clone());
        obj.Members.Insert(index + 1, twin);
        return $"add case twin '{twin.Key}' of '{member.Key}'";
    }

    private string? DuplicateMember(JsonTree root)
    {
        var (obj, index) = PickMember(root);
        if (obj is null)
        {
            return null;
        }

        obj.Members.Insert(_random.Next(obj.Members.Count + 1), new JsonMember(obj.Members[index].Key, obj.Members[index].Value.Clone()));
        return $"duplicate key '{obj.Members[index].Key}'";
    }

    private string? DeleteMember(JsonTree root)
    {
        var (obj, index) = PickMember(root);
        if (obj is null)
        {
            return null;
        }

        var key = obj.Members[index].Key;
        obj.Members.RemoveAt(index);
        return $"delete key '{key}'";
    }

    private string? ReplaceValue(JsonTree root)
    {
        var (obj, index) = PickMember(root);
        if (obj is null)
        {
            return null;
        }

        var literal = Pick(Literals);
        obj.Members[index].Value = JsonTree.Parse(literal);
        return $"set '{obj.Members[index].Key}' to {literal}";
    }

    private string? MutateString(JsonTree root)
    {
        var strings = Nodes<JsonStringTree>(root);
        if (strings.Count == 0)
        {
            return null;
        }

        var node = Pick(strings);
        var old = node.Value;
        node.Value = _random.Next(6) switch
        {
            0 => _random.Next(2) == 0 ? Pick(HostileNames) : Pick(TrickyNames),
            1 => CaseVariant(old),
            2 => string.Concat(Enumerable.Repeat(old.Length == 0 ? "x" : old, _random.Next(2, 200))),
            _ => old.Insert(_random.Next(old.Length + 1), Pick(HostileText)),
        };
        return $"string '{Shorten(old)}' -> '{Shorten(node.Value)}'";
    }

    private string? DuplicateArrayItem(JsonTree root)
    {
        var arrays = Nodes<JsonArrayTree>(root).Where(a => a.Items.Count > 0).ToList();
        if (arrays.Count == 0)
        {
            return null;
        }

        var array = Pick(arrays);
        var copy = array.Items[_random.Next(array.Items.Count)].Clone();
        if (copy is JsonObjectTree item && item.Members.FirstOrDefault(m => m.Key == "name")?.Value is JsonStringTree name && _random.Next(2) == 0)
        {
            name.Value = CaseVariant(name.Value) + (_random.Next(2) == 0 ? "2" : string.Empty);
        }

        array.Items.Insert(_random.Next(array.Items.Count + 1), copy);
        return "duplicate an array item";
    }

    private string? DeleteArrayItem(JsonTree root)
    {
        var arrays = Nodes<JsonArrayTree>(root).Where(a => a.Items.Count > 0).ToList();
        if (arrays.Count == 0)
        {
            return null;
        }

        var array = Pick(arrays);
        array.Items.RemoveAt(_random.Next(array.Items.Count));
        return "delete an array item";
    }

    /// <summary>Paths made deep or long: output must stay linear in their length and a limit must stop them.</summary>
    private string? DeepenPath(JsonTree root)
    {
        var paths = Nodes<JsonStringTree>(root).Where(s => s.Value.StartsWith('/')).ToList();
        if (paths.Count == 0)
        {
            return null;
        }

        var node = Pick(paths);
        var depth = Pick(new[] { 2, 10, 64, 200, 1000, 5000, 30000 });
        var segment = _random.Next(3) switch
        {
            0 => "/a",
            1 => "/" + new string('s', _random.Next(1, 50)),
            _ => "/{item-id}",
        };
        var insertAt = node.Value.IndexOf('/', 1) is var slash and > 0 ? slash : node.Value.Length;
        node.Value = node.Value.Insert(insertAt, string.Concat(Enumerable.Repeat(segment, depth)));
        return $"path deepened by {depth} × '{segment}'";
    }

    private string? SwapValues(JsonTree root)
    {
        var (first, i) = PickMember(root);
        var (second, j) = PickMember(root);
        if (first is null || second is null || ReferenceEquals(first.Members[i].Value, second.Members[j].Value))
        {
            return null;
        }

        var value = first.Members[i].Value;
        var other = second.Members[j].Value;
        if (other.Walk().Any(n => ReferenceEquals(n.Node, value)) || value.Walk().Any(n => ReferenceEquals(n.Node, other)))
        {
            return null;
        }

        first.Members[i].Value = other;
        second.Members[j].Value = value;
        return $"swap values of '{first.Members[i].Key}' and '{second.Members[j].Key}'";
    }

    private string? Transplant(JsonTree root)
    {
        var (from, i) = PickMember(root);
        var (to, _) = PickMember(root);
        if (from is null || to is null)
        {
            return null;
        }

        to.Members.Add(new JsonMember(from.Members[i].Key, from.Members[i].Value.Clone()));
        return $"copy '{from.Members[i].Key}' into another object";
    }

    /// <summary>A name that differs only in case or separators, so PascalCase makes both one C# name.</summary>
    private string CaseVariant(string name)
    {
        var chosen = _random.Next(5) switch
        {
            0 => name.ToUpperInvariant(),
            1 => name.ToLowerInvariant(),
            2 => name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : "X",
            3 => SnakeToCamel(name),
            _ => " " + name,
        };
        return chosen == name ? name + "_" : chosen;
    }

    private static string SnakeToCamel(string name)
    {
        var builder = new StringBuilder();
        var upper = false;
        foreach (var c in name)
        {
            if (c is '_' or '-' or '.')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    private (JsonObjectTree? Object, int Index) PickMember(JsonTree root)
    {
        var objects = Nodes<JsonObjectTree>(root).Where(o => o.Members.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return (null, 0);
        }

        var obj = Pick(objects);
        return (obj, _random.Next(obj.Members.Count));
    }

    private static List<T> Nodes<T>(JsonTree root) where T : JsonTree => root.Walk().Select(n => n.Node).OfType<T>().ToList();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
