using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Json;
using OneDriveGen.IntegrationTests.OneDrive;

namespace OneDriveGen.IntegrationTests;

/// <summary>A generated client on a real Kiota adapter with JSON serialization; nothing is sent in these tests.</summary>
internal static class ClientFactory
{
    public static OneDriveClient Create(string? baseUrl = null)
    {
        var adapter = new HttpClientRequestAdapter(
            new AnonymousAuthenticationProvider(),
            new JsonParseNodeFactory(),
            new JsonSerializationWriterFactory());
        if (baseUrl is not null)
        {
            adapter.BaseUrl = baseUrl;
        }

        return new OneDriveClient(adapter);
    }
}
