using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// Microsoft.Identity.Web's token acquisition, answering a signed-in user's requests with a token the emulator
/// issued (a real Identity.Web needs a real tenant); records the scopes each call asks for.
/// </summary>
internal sealed class RecordingTokenAcquisition(string token) : ITokenAcquisition
{
    public ConcurrentQueue<string[]> Requested { get; } = new();

    /// <summary>What each call passed as (authentication scheme, tenant).</summary>
    public ConcurrentQueue<(string? Scheme, string? Tenant)> Calls { get; } = new();

    public Task<string> GetAccessTokenForUserAsync(IEnumerable<string> scopes, string? authenticationScheme, string? tenantId = null, string? userFlow = null, ClaimsPrincipal? user = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null)
    {
        Requested.Enqueue(scopes.ToArray());
        Calls.Enqueue((authenticationScheme, tenantId));
        return Task.FromResult(token);
    }

    public Task<string> GetAccessTokenForUserAsync(IEnumerable<string> scopes, string? tenantId = null, string? userFlow = null, ClaimsPrincipal? user = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null)
    {
        Requested.Enqueue(scopes.ToArray());
        Calls.Enqueue(("(overload without a scheme)", tenantId));
        return Task.FromResult(token);
    }

    public Task<AuthenticationResult> GetAuthenticationResultForUserAsync(IEnumerable<string> scopes, string? authenticationScheme, string? tenantId = null, string? userFlow = null, ClaimsPrincipal? user = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException();

    public Task<AuthenticationResult> GetAuthenticationResultForUserAsync(IEnumerable<string> scopes, string? tenantId = null, string? userFlow = null, ClaimsPrincipal? user = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException();

    public Task<string> GetAccessTokenForAppAsync(string scope, string? authenticationScheme, string? tenant = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException();

    public Task<string> GetAccessTokenForAppAsync(string scope, string? tenant = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException();

    public Task<AuthenticationResult> GetAuthenticationResultForAppAsync(string scope, string? authenticationScheme, string? tenant = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException();

    public Task<AuthenticationResult> GetAuthenticationResultForAppAsync(string scope, string? tenant = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException();

    public void ReplyForbiddenWithWwwAuthenticateHeader(IEnumerable<string> scopes, MsalUiRequiredException msalServiceException, string? authenticationScheme, HttpResponse? httpResponse = null) => throw new NotSupportedException();

    public void ReplyForbiddenWithWwwAuthenticateHeader(IEnumerable<string> scopes, MsalUiRequiredException msalServiceException, HttpResponse? httpResponse = null) => throw new NotSupportedException();

    public string GetEffectiveAuthenticationScheme(string? authenticationScheme) => authenticationScheme ?? "OpenIdConnect";

    public Task ReplyForbiddenWithWwwAuthenticateHeaderAsync(IEnumerable<string> scopes, MsalUiRequiredException msalServiceException, HttpResponse? httpResponse = null) => throw new NotSupportedException();
}
