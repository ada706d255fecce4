using System;
using System.Linq;
using OneDriveGen.Common.Registration;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Http;
using OneDriveGen.Runtime.Generated;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The runtime agrees with the generator and the build task on the concepts they share as source
/// (common/Registration): what loopback is, and how the refresh endpoint is spelled.
/// </summary>
public class SharedVocabularyTests
{
    [Fact]
    public void The_refresh_endpoint_enum_is_the_spelling_MSBuild_accepts()
    {
        Assert.Equal(RefreshEndpoints.All, Enum.GetNames<RefreshEndpoint>().Select(n => n.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("http://localhost:5099", true)]
    [InlineData("http://127.0.0.1:5099", true)]
    [InlineData("http://[::1]:5099", true)]
    [InlineData("https://login.example.com", true)]
    [InlineData("http://127.0.0.2:5099", false)]
    [InlineData("http://login.example.com", false)]
    public void Every_check_of_an_http_host_uses_the_one_loopback_rule(string url, bool accepted)
    {
        var options = new OneDriveOptions { ClientId = Guid.NewGuid().ToString(), AuthorityHost = url, Scopes = "offline_access Files.Read" };

        Assert.Equal(accepted, !options.Validate().Any(p => p.StartsWith("ODG3002", StringComparison.Ordinal)));
        Assert.Equal(accepted, GraphOrigin.IsValidOrigin(url));
        Assert.Equal(accepted, Accepts(() => AuthUrl.RequireBaseUrl(url, "authorityHost")));
    }

    private static bool Accepts(Action check)
    {
        try
        {
            check();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
