using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Runtime.RaceClient;

/// <summary>
/// Usage: RaceClient AUTHORITY_HOST GRAPH_BASE_URL CLIENT_ID CACHE_PATH START_UNIX_MS. Waits for the start time,
/// gets a token for the account "default" (refreshing it through the shared store) and checks it on Graph.
/// Prints "OK {refreshes}" and exits 0, or the error and exits 1.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 5)
        {
            await Console.Error.WriteLineAsync("usage: RaceClient AUTHORITY_HOST GRAPH_BASE_URL CLIENT_ID CACHE_PATH START_UNIX_MS");
            return 2;
        }

        try
        {
            var options = new OneDriveOptions { AuthorityHost = args[0], GraphBaseUrl = args[1], ClientId = args[2] };
            using var http = new HttpClient();
            var provider = new OneDriveTokenProvider(new OneDriveSignIn(options, new TokenClient(http)), FileTokenStore.CreateDefault(args[3]), options);
            var start = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[4], CultureInfo.InvariantCulture));
            var wait = start - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var token = await provider.GetAuthorizationTokenAsync(new Uri(options.GraphBaseUrl + "/me/drive"));
            using var request = new HttpRequestMessage(HttpMethod.Get, options.GraphBaseUrl + "/me/drive");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            Console.WriteLine($"OK {provider.RefreshCount}");
            return 0;
        }
        catch (Exception ex) when (ex is IdentityException or NotSignedInException or HttpRequestException or InvalidOperationException)
        {
            Console.WriteLine($"FAILED {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }
}
