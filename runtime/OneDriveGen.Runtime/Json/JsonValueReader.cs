using System.Text.Json;

namespace OneDriveGen.Runtime.Json;

/// <summary>Reads one value at the reader's current token: the shape of every generated model's <c>ReadJson</c>.</summary>
/// <typeparam name="T">The value read.</typeparam>
/// <param name="reader">A reader over the whole document, positioned on the value's first token.</param>
public delegate T? JsonValueReader<T>(ref Utf8JsonReader reader);
