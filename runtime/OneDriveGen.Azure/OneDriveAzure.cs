using System.Collections.Generic;
using System.Net.Http;
using Azure.Core;
using Microsoft.Kiota.Http.HttpClientLibrary;
using OneDriveGen.Runtime.Http;

namespace OneDriveGen.Azure;

/// <summary>The generated OneDrive client on an Azure.Identity <see cref="TokenCredential"/>, in one line.</summary>
public static class OneDriveAzure
{
    /// <summary>
    /// The request adapter for the generated client:
    /// <c>new OneDriveClient(OneDriveAzure.CreateAdapter(new InteractiveBrowserCredential(), ["Files.ReadWrite.All"]))</c>.
    /// </summary>
    /// <param name="credential">Any TokenCredential.</param>
    /// <param name="scopes">The scopes; the Graph origin's <c>/.default</c> when null.</param>
    /// <param name="graphBaseUrl">The Graph base URL (a national cloud, or an emulator).</param>
    /// <param name="http">A client made once by <see cref="OneDriveClientFactory.CreateHttpClient"/>; a new one when null.</param>
    public static HttpClientRequestAdapter CreateAdapter(TokenCredential credential, IEnumerable<string>? scopes = null, string graphBaseUrl = OneDriveClientFactory.DefaultGraphBaseUrl, HttpClient? http = null) =>
        OneDriveClientFactory.CreateAdapter(new TokenCredentialTokenProvider(credential, scopes, graphBaseUrl), http ?? OneDriveClientFactory.CreateHttpClient(), graphBaseUrl);
}
