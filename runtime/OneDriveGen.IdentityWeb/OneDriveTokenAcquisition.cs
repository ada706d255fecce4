using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using OneDriveGen.Runtime.Http;

namespace OneDriveGen.IdentityWeb;

/// <summary>
/// The generated OneDrive client on the tokens Microsoft.Identity.Web acquires for the signed-in user
/// (<see cref="ITokenAcquisition"/>): its cache, its refresh and its consent handling, with the token sent to the
/// Graph origin only.
/// </summary>
public static class OneDriveTokenAcquisition
{
    /// <summary>The scopes asked for when none are given: those of the how-to.</summary>
    public static IReadOnlyList<string> DefaultScopes { get; } = new[] { "Files.ReadWrite.All" };

    /// <summary>A Kiota token provider that asks <paramref name="tokenAcquisition"/> for the current user's token, for Graph requests only.</summary>
    /// <param name="tokenAcquisition">Identity.Web's token acquisition (from DI).</param>
    /// <param name="scopes">The delegated scopes; <see cref="DefaultScopes"/> when null.</param>
    /// <param name="graphBaseUrl">The Graph base URL (a national cloud, or an emulator).</param>
    /// <param name="authenticationScheme">The authentication scheme, when the app has more than one.</param>
    public static IAccessTokenProvider CreateTokenProvider(ITokenAcquisition tokenAcquisition, IEnumerable<string>? scopes = null, string graphBaseUrl = OneDriveClientFactory.DefaultGraphBaseUrl, string? authenticationScheme = null)
    {
        ArgumentNullException.ThrowIfNull(tokenAcquisition);
        var requested = (scopes ?? DefaultScopes).ToArray();
        if (requested.Length == 0)
        {
            throw new ArgumentException("At least one scope is needed, such as Files.ReadWrite.All.", nameof(scopes));
        }

        // The user is the request's (Identity.Web reads HttpContext.User when none is given).
        return new GraphOriginTokenProvider(
            cancellationToken => tokenAcquisition.GetAccessTokenForUserAsync(requested, authenticationScheme, tenantId: null, userFlow: null, user: null, tokenAcquisitionOptions: new TokenAcquisitionOptions { CancellationToken = cancellationToken }),
            graphBaseUrl);
    }

    /// <summary>The request adapter for the generated client: <c>new OneDriveClient(OneDriveTokenAcquisition.CreateAdapter(tokenAcquisition, http))</c>.</summary>
    /// <param name="tokenAcquisition">Identity.Web's token acquisition (from DI).</param>
    /// <param name="http">A client made once by <see cref="OneDriveClientFactory.CreateHttpClient"/>.</param>
    /// <param name="scopes">The delegated scopes; <see cref="DefaultScopes"/> when null.</param>
    /// <param name="graphBaseUrl">The Graph base URL (a national cloud, or an emulator).</param>
    public static HttpClientRequestAdapter CreateAdapter(ITokenAcquisition tokenAcquisition, HttpClient http, IEnumerable<string>? scopes = null, string graphBaseUrl = OneDriveClientFactory.DefaultGraphBaseUrl) =>
        OneDriveClientFactory.CreateAdapter(CreateTokenProvider(tokenAcquisition, scopes, graphBaseUrl), http, graphBaseUrl);
}
