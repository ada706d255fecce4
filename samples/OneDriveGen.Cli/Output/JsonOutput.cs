using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OneDriveGen.Cli.Output;

/// <summary>
/// <c>--json</c>: a command's result as one JSON document on stdout, in the shape its schema under docs/cli-json/
/// documents. Everything else a command says goes to stderr, so stdout holds nothing but the document.
/// </summary>
internal sealed class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Names and URLs as they are (é, +, &), not \u-escaped: the reader is a script, not an HTML page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Stream _stdout;

    public JsonOutput(Stream stdout) => _stdout = stdout;

    /// <summary>Writes one document and a line break.</summary>
    public void Write(Action<Utf8JsonWriter> document) => WriteTo(_stdout, document);

    /// <summary>Writes one document and a line break to <paramref name="stream"/>.</summary>
    public static void WriteTo(Stream stream, Action<Utf8JsonWriter> document)
    {
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            document(writer);
        }

        stream.WriteByte((byte)'\n');
        stream.Flush();
    }
}
