namespace OneDriveGen.Generator.Templates;

/// <summary>How a piece of a URI template is written into the URL (RFC 6570 level 2).</summary>
internal enum Expansion
{
    /// <summary>Fixed text, copied as it is.</summary>
    Literal,

    /// <summary><c>{var}</c>: the value percent-encoded, reserved characters included (<c>!</c> → <c>%21</c>).</summary>
    Simple,

    /// <summary><c>{+var}</c>: reserved characters such as <c>/</c> kept (a path, already encoded per segment).</summary>
    Reserved,
}

/// <summary>
/// One piece of a URI template: literal text, or a variable by its spec name (<c>item-id</c>). The RFC 6570
/// spelling of the name (<c>item%2Did</c>) is <see cref="UriTemplateText.VariableName"/>'s business.
/// </summary>
internal sealed record TemplatePiece(string Text, Expansion Expansion)
{
    public bool IsVariable => Expansion != Expansion.Literal;

    public static TemplatePiece Literal(string text) => new(text, Expansion.Literal);

    public static TemplatePiece Variable(string name, Expansion expansion = Expansion.Simple) => new(name, expansion);
}
