using System.Collections.Generic;

namespace OneDriveGen.Generator.Templates;

/// <summary>
/// Builds a template piece by piece, merging adjacent literals so that <c>/drives</c> and <c>/</c> become one
/// <c>url.Append("/drives/")</c> in the generated code.
/// </summary>
internal sealed class TemplatePieces
{
    private readonly List<TemplatePiece> _pieces;

    public TemplatePieces(IEnumerable<TemplatePiece> start) => _pieces = new List<TemplatePiece>(start);

    public TemplatePieces Literal(string text) => Add(TemplatePiece.Literal(text));

    public TemplatePieces Add(IEnumerable<TemplatePiece> pieces)
    {
        foreach (var piece in pieces)
        {
            Add(piece);
        }

        return this;
    }

    public List<TemplatePiece> ToList() => new(_pieces);

    private TemplatePieces Add(TemplatePiece piece)
    {
        var last = _pieces.Count - 1;
        if (!piece.IsVariable && last >= 0 && !_pieces[last].IsVariable)
        {
            _pieces[last] = TemplatePiece.Literal(_pieces[last].Text + piece.Text);
        }
        else if (piece.IsVariable || piece.Text.Length > 0)
        {
            _pieces.Add(piece);
        }

        return this;
    }
}
