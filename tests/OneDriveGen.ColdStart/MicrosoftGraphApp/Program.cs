using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

var graph = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(new StaticToken(Environment.GetEnvironmentVariable("ODG_TOKEN")!)), Environment.GetEnvironmentVariable("ODG_GRAPH"));
var sets = await graph.Drives[Environment.GetEnvironmentVariable("ODG_DRIVE")].Items[Environment.GetEnvironmentVariable("ODG_ITEM")].Thumbnails.GetAsync();
Console.WriteLine(sets!.Value![0].Medium!.Height);

/// <summary>A token at hand, as the other contenders have.</summary>
internal sealed class StaticToken(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
