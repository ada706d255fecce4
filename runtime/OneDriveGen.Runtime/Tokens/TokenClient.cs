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
        var answer = await PostFormAsync(endpoint, grant.ToFormFields(), TokenEndpointAnswer.Read, cancellationToken).ConfigureAwait(false);
        var token = answer;
        if (string.IsNullOrEmpty(token?.AccessToken))
        {
            throw new HttpRequestException($"The token endpoint {endpoint.GetLeftPart(UriPartial.Path)} answered without an access_token.");
        }

        var scopes = (token.Scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TokenSet(token.AccessToken, token.RefreshToken, sentAt.AddSeconds(token.ExpiresIn ?? 3600), scopes, token.UserId);
    }

    /// <summary>
    /// Posts the device authorization request (client_id and scope) to <paramref name="endpoint"/>; an error answer is
    /// an <see cref="IdentityException"/> like a token endpoint's.
    /// </summary>
    internal Task<Auth.DeviceAuthorizationAnswer?> RequestDeviceAuthorizationAsync(Uri endpoint, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken) =>
        PostFormAsync(endpoint, fields, Auth.DeviceAuthorizationAnswer.Read, cancellationToken);

    /// <summary>
    /// Posts <paramref name="fields"/> as a form and reads a successful answer with <paramref name="read"/>; a failed
    /// one is the identity platform's error shape, thrown as an <see cref="IdentityException"/>.
    /// </summary>
    private async Task<T?> PostFormAsync<T>(Uri endpoint, IReadOnlyList<KeyValuePair<string, string>> fields, JsonValueReader<T> read, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var isJson = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        if (!isJson)
        {
            throw new HttpRequestException($"The identity endpoint {endpoint.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} without JSON.", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            var error = await ReadAsync(endpoint, response, body, TokenEndpointAnswer.Read, cancellationToken).ConfigureAwait(false);
            throw new IdentityException(
                response.StatusCode,
                error?.Error ?? "unknown_error",
                error?.ErrorDescription,
                (IReadOnlyList<long>?)error?.ErrorCodes ?? Array.Empty<long>(),
                error?.TraceId,
                error?.CorrelationId,
                fields.FirstOrDefault(f => f.Key == "redirect_uri").Value);
        }

        return await ReadAsync(endpoint, response, body, read, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T?> ReadAsync<T>(Uri endpoint, HttpResponseMessage response, System.IO.Stream body, JsonValueReader<T> read, CancellationToken cancellationToken)
    {
        try
        {
            return await GraphJson.ReadAsync(body, read, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException($"The identity endpoint {endpoint.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} with JSON it does not define.", ex, response.StatusCode);
        }
    }
}
