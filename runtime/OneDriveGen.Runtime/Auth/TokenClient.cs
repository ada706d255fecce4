using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Serialization.Json;
using OneDriveGen.Runtime.OneDrive.Models;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// Posts a generated grant record to a token endpoint as application/x-www-form-urlencoded and reads the generated
/// TokenResponse, or throws <see cref="IdentityException"/> with the identity error.
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

        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = node.GetObjectValue(IdentityError.CreateFromDiscriminatorValue);
            var redirectUri = grant.ToFormFields().FirstOrDefault(f => f.Key == "redirect_uri").Value;
            throw new IdentityException(
                response.StatusCode,
                error?.Error ?? "unknown_error",
                error?.ErrorDescription,
                (IReadOnlyList<long>?)error?.ErrorCodes?.Where(c => c.HasValue).Select(c => c!.Value).ToList() ?? Array.Empty<long>(),
                error?.TraceId,
                error?.CorrelationId,
                redirectUri);
        }

        var token = node.GetObjectValue(TokenResponse.CreateFromDiscriminatorValue);
        if (string.IsNullOrEmpty(token?.AccessToken))
        {
            throw new HttpRequestException($"The token endpoint {endpoint.GetLeftPart(UriPartial.Path)} answered without an access_token.");
        }

        var scopes = (token.Scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TokenSet(token.AccessToken, token.RefreshToken, sentAt.AddSeconds(token.ExpiresIn ?? 3600), scopes, token.UserId);
    }
}
