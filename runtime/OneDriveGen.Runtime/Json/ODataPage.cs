using System.Collections.Generic;
using System.Text.Json;

namespace OneDriveGen.Runtime.Json;

/// <summary>
/// One page of an OData collection as Graph returns it: the items of <c>value</c>, read by the caller's generated
/// reader, and the <c>@odata.nextLink</c> and <c>@odata.deltaLink</c> to follow or keep. OData's paging is protocol,
/// not spec: it works with whatever collection models a spec declares, or none.
/// </summary>
/// <typeparam name="TItem">The item model, such as the generated DriveItem.</typeparam>
/// <param name="Items">The items of this page, in order.</param>
/// <param name="NextLink">The next page's URL, to request exactly as given; null on the last page.</param>
/// <param name="DeltaLink">On the last page of a delta round, the URL to keep for the next round.</param>
public sealed record ODataPage<TItem>(IReadOnlyList<TItem> Items, string? NextLink, string? DeltaLink)
{
    /// <summary>Reads a page at the reader's current token with <paramref name="readItem"/> for each item; other properties are skipped.</summary>
    /// <exception cref="JsonException">The page is not an object, or <c>value</c> is not an array.</exception>
    public static ODataPage<TItem>? Read(ref Utf8JsonReader reader, JsonValueReader<TItem> readItem)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a JSON object for a collection page.");
        }

        var items = new List<TItem>();
        string? next = null, delta = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                ReadItems(ref reader, readItem, items);
            }
            else if (reader.ValueTextEquals("@odata.nextLink"u8))
            {
                reader.Read();
                next = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (reader.ValueTextEquals("@odata.deltaLink"u8))
            {
                reader.Read();
                delta = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new ODataPage<TItem>(items, next, delta);
    }

    private static void ReadItems(ref Utf8JsonReader reader, JsonValueReader<TItem> readItem, List<TItem> items)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a JSON array for a collection's value.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (readItem(ref reader) is { } item)
            {
                items.Add(item);
            }
        }
    }
}
