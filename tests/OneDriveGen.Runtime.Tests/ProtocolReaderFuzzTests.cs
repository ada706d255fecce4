using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Generated;
using OneDriveGen.Runtime.Tokens;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The runtime's own protocol readers (token answer, download item, OData page, upload session) on 40,000 seeded
/// mutations each of their JSON: a bad answer is a JsonException, never another exception type.
/// </summary>
public class ProtocolReaderFuzzTests
{
    [Fact]
    public void Mutated_answers_fail_only_as_JsonException()
    {
        var seeds = new[]
        {
            """{"access_token":"a","refresh_token":"r","expires_in":3599,"scope":"x y","error_codes":[1,2],"error":"e","trace_id":"t"}""",
            """{"id":"A!1","name":"a","eTag":"\"e\"","size":3,"@microsoft.graph.downloadUrl":"http://x/y","folder":{"childCount":1},"file":{"hashes":{"quickXorHash":"q","sha1Hash":"s"}}}""",
            """{"value":[{"id":"1","name":"n"},{"id":"2"}],"@odata.nextLink":"http://a/b","@odata.deltaLink":"http://c"}""",
            """{"uploadUrl":"http://u","expirationDateTime":"2030-01-01T00:00:00Z","nextExpectedRanges":["0-"]}""",
        };
        var random = new Random(42);
        var alphabet = "{}[]\":,0123456789-.eE truefalsnul\\u\u0085\u2028ab";
        var failures = new List<string>();
        for (var i = 0; i < 40000; i++)
        {
            var text = new StringBuilder(seeds[i % seeds.Length]);
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(3))
                {
                    case 0 when text.Length > 0 && at < text.Length: text.Remove(at, 1); break;
                    case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: if (at < text.Length) text[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            foreach (var run in new Action[]
            {
                () => GraphJson.Read(bytes, TokenEndpointAnswer.Read),
                () => GraphJson.Read(bytes, DownloadableItem.Read),
                () => GraphJson.Read(bytes, (ref Utf8JsonReader r) => ODataPage<DownloadableItem>.Read(ref r, DownloadableItem.Read)),
                () => GraphJson.Read(bytes, UploadTarget.ReadUploadUrl),
            })
            {
                try { run(); }
                catch (JsonException) { }
                catch (Exception e) { if (failures.Count < 10) failures.Add(e.GetType().Name + ": " + e.Message + " <- " + text); }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
