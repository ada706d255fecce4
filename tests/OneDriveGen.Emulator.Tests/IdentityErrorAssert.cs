using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace OneDriveGen.Emulator.Tests;

/// <summary>Checks an identity error against the platform's shape (reference §1.6).</summary>
internal static partial class IdentityErrorAssert
{
    public static async Task<JsonElement> IsAsync(HttpResponseMessage response, string error, int aadsts, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var json = await EmulatorHarness.JsonOf(response, status);
        Assert.Equal(error, json.GetProperty("error").GetString());
        Assert.Equal(aadsts, json.GetProperty("error_codes")[0].GetInt32());
        var description = json.GetProperty("error_description").GetString()!;
        Assert.StartsWith($"AADSTS{aadsts}: ", description);
        Assert.Contains("\r\nTrace ID: ", description);
        Assert.Contains("\r\nCorrelation ID: ", description);
        Assert.Matches(Timestamp(), json.GetProperty("timestamp").GetString()!);
        Assert.Equal($"https://login.microsoftonline.com/error?code={aadsts}", json.GetProperty("error_uri").GetString());
        Assert.Equal("no-store, no-cache", string.Join(", ", response.Headers.CacheControl!.ToString()));
        return json;
    }

    [GeneratedRegex("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z$")]
    private static partial Regex Timestamp();
}
