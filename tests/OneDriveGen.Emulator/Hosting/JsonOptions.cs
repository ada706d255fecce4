using System.Text.Encodings.Web;
using System.Text.Json;

namespace OneDriveGen.Emulator.Hosting;

/// <summary>JSON written as the services write it: apostrophes and non-ASCII letters as they are, not \u escapes.</summary>
internal static class JsonOptions
{
    public static JsonWriterOptions Writer { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
