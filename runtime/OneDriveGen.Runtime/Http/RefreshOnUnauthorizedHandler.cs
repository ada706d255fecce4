using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OneDriveGen.Runtime.Tokens;

namespace OneDriveGen.Runtime.Http;

/// <summary>
/// When Graph answers 401 InvalidAuthenticationToken, refreshes the token (once, single flight) and sends the
/// request again once. Never for another host: a 401 from a download or upload host is not about the Graph token.
/// </summary>
public sealed class RefreshOnUnauthorizedHandler : DelegatingHandler
{
    private readonly OneDriveTokenProvider _tokens;
    private readonly ILogger _logger;

    /// <summary>Creates the handler for the provider's Graph host.</summary>
    public RefreshOnUnauthorizedHandler(OneDriveTokenProvider tokens, ILogger<RefreshOnUnauthorizedHandler>? logger = null)
    {
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _logger = logger ?? NullLogger<RefreshOnUnauthorizedHandler>.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        // After a followed redirect the answer may come from another host: judge by where it really came from.
        var answeredBy = response.RequestMessage?.RequestUri ?? request.RequestUri;
        if (response.StatusCode != HttpStatusCode.Unauthorized
            || answeredBy is null
            || !_tokens.IsGraphOrigin(answeredBy)
            || request.Headers.Authorization is not { Scheme: "Bearer", Parameter: { Length: > 0 } rejected }
            || !CanResend(request))
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!body.Contains("InvalidAuthenticationToken", StringComparison.Ordinal))
        {
            return response;
        }

        _logger.LogInformation("Graph answered 401 InvalidAuthenticationToken to {Method} {Path}; refreshing and sending it once more", request.Method, answeredBy.AbsolutePath);
        var fresh = await _tokens.ForceRefreshAsync(rejected, cancellationToken).ConfigureAwait(false);
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // A streamed body has been consumed; only bodiless or buffered requests can go again as they were.
    private static bool CanResend(HttpRequestMessage request) =>
        request.Content is null or ByteArrayContent or ReadOnlyMemoryContent;
}
