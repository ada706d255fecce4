using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json;
using OneDriveGen.Runtime.Json;
using OneDriveGen.Runtime.Generated;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>
/// Posts a grant (a record generated from your spec, or the sign-in's own) to a token endpoint as
/// application/x-www-form-urlencoded and reads the token response, or throws <see cref="IdentityException"/> with the
/// identity error.
/// </summary>
public sealed class TokenClient
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    /// <summary>Creates the client on an HttpClient (whose handlers must not add Authorization).</summary>
    public TokenClient(HttpClient http, TimeProvider? time = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Sends <paramref name="grant"/> to <paramref name="endpoint"/>.</summary>
    /// <exception cref="IdentityException">The endpoint answered with an identity error.</exception>
    /// <exception cref="HttpRequestException">The endpoint could not be reached, or answered with something that is not a token response.</exception>
    public async Task<TokenSet> RequestAsync(Uri endpoint, ITokenGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(grant);
        var sentAt = _time.GetUtcNow();
        using var content = new FormUrlEncodedContent(grant.ToFormFields());
        using var response = await _http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var isJson = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        if (!isJson)
        {
            throw new HttpRequestException($"The token endpoint {endpoint.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} without JSON.", null, response.StatusCode);
        }

        TokenEndpointAnswer? answer;
        try
        {
            answer = await GraphJson.ReadAsync(body, TokenEndpointAnswer.Read, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException($"The token endpoint {endpoint.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} with JSON that is not a token response.", ex, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            var redirectUri = grant.ToFormFields().FirstOrDefault(f => f.Key == "redirect_uri").Value;
            throw new IdentityException(
                response.StatusCode,
                answer?.Error ?? "unknown_error",
                answer?.ErrorDescription,
                (IReadOnlyList<long>?)answer?.ErrorCodes ?? Array.Empty<long>(),
                answer?.TraceId,
                answer?.CorrelationId,
                redirectUri);
        }

        var token = answer;
        if (string.IsNullOrEmpty(token?.AccessToken))
        {
            throw new HttpRequestException($"The token endpoint {endpoint.GetLeftPart(UriPartial.Path)} answered without an access_token.");
        }

        var scopes = (token.Scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TokenSet(token.AccessToken, token.RefreshToken, sentAt.AddSeconds(token.ExpiresIn ?? 3600), scopes, token.UserId);
    }
}
