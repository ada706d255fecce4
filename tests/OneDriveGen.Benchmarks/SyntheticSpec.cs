using System.Globalization;
using System.Text;

namespace OneDriveGen.Benchmarks;

/// <summary>Builds a spec of N endpoints over distinct paths, to measure how generation time grows.</summary>
internal static class SyntheticSpec
{
    public static string Create(int endpoints)
    {
        var builder = new StringBuilder();
        builder.Append("""
            {
              "name": "Synthetic",
              "namespace": "Synthetic.Api",
              "baseUrl": "https://api.example.com/v1",
              "errorModel": "Error",
              "pathParameters": { "item-id": { "type": "id" } },
              "queryParameters": { "select": { "wireName": "$select", "type": "string[]" } },
              "endpoints": [
            """);
        for (var i = 0; i < endpoints; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var method = (i % 3) switch { 0 => "GET", 1 => "POST", _ => "DELETE" };
            var payload = method switch
            {
                "GET" => "\"response\": \"Item\", \"query\": [\"select\"]",
                "POST" => "\"body\": \"Item\", \"response\": \"Item\"",
                _ => "\"response\": \"none\"",
            };
            builder.Append(i == 0 ? "\n" : ",\n")
                .Append("    { \"name\": \"op").Append(n).Append("\", \"method\": \"").Append(method)
                .Append("\", \"path\": \"/group").Append((i / 10).ToString(CultureInfo.InvariantCulture))
                .Append("/res").Append(n).Append("/{item-id}\", ").Append(payload)
                .Append(", \"scopes\": [\"Files.Read\"], \"description\": \"Operation ").Append(n).Append(".\" }");
        }

        builder.Append("""

              ],
              "models": {
                "Item": { "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "size": { "type": "int64" }, "children": { "type": "Item[]" } } },
                "Error": { "error": true, "message": "text", "properties": { "text": { "type": "string" } } }
              }
            }
            """);
        return builder.ToString();
    }
}
