using System;
using System.Linq;
using OneDriveGen.IntegrationTests.OneDrive.Auth;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Tokens;
using Xunit;

namespace OneDriveGen.IntegrationTests;

/// <summary>
/// The runtime's sign-in carries no generated code of its own: these pin that its URLs and form fields are exactly
/// those of the records the shipped spec generates, so the spec stays the one description of the protocol.
/// </summary>
public class SignInProtocolTests
{
    private static readonly OneDriveOptions Options = new()
    {
        ClientId = "11111111-2222-3333-4444-555555555555",
        Tenant = "contoso.onmicrosoft.com",
        AuthorityHost = "https://login.microsoftonline.us/",
        LiveHost = "https://login.live.com",
        RedirectUri = "http://localhost:5000/callback",
        Scopes = "offline_access Files.ReadWrite",
    };

    private static OneDriveAuthVariables Variables => new() { AuthorityHost = Options.AuthorityHost, Tenant = Options.Tenant, LiveHost = Options.LiveHost };

    [Fact]
    public void The_authorize_url_is_the_generated_request_s()
    {
        var session = new OneDriveSignIn(Options, new TokenClient(new System.Net.Http.HttpClient())).Begin(loginHint: "ada@contoso.com");
        var generated = new AuthorizeRequest
        {
            ClientId = Options.ClientId,
            RedirectUri = Options.RedirectUri,
            Scope = Options.ScopeList,
            State = session.State,
            CodeChallenge = session.Pkce.Challenge,
            CodeChallengeMethod = CodeChallengeMethod.S256,
            LoginHint = "ada@contoso.com",
        };

        Assert.Equal(generated.ToUri(Variables).AbsoluteUri, session.AuthorizationUri.AbsoluteUri);
    }

    [Fact]
    public void The_token_endpoints_are_the_generated_ones()
    {
        Assert.Equal(OneDriveTokenEndpoints.V2(Variables), IdentityEndpoints.V2Token(Options));
        Assert.Equal(OneDriveTokenEndpoints.Live(Variables), IdentityEndpoints.LiveToken(Options));
        Assert.Equal(OneDriveTokenEndpoints.DeviceAuthorization(Variables), IdentityEndpoints.DeviceCode(Options));
        Assert.True(OneDriveTokenEndpoints.Accepts("v2", PublicDeviceCodeGrant.GrantTypeValue));
    }

    [Fact]
    public void The_device_code_poll_sends_the_generated_grant_s_fields()
    {
        ITokenGrant generated = new PublicDeviceCodeGrant { ClientId = Options.ClientId, DeviceCode = "DAQABAAEAAA-device" };

        var sent = OAuthGrant.DeviceCode(Options.ClientId, "DAQABAAEAAA-device");

        Assert.Equal(generated.ToFormFields().ToList(), sent.ToFormFields().ToList());
        Assert.Equal((generated.GrantType, generated.IsConfidential), (sent.GrantType, sent.IsConfidential));
        Assert.DoesNotContain("DAQABAAEAAA-device", sent.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("DAQABAAEAAA-device", generated.ToString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("s3cret~value")]
    public void Code_redemption_sends_the_generated_grant_s_fields(string? secret)
    {
        ITokenGrant generated = secret is null
            ? new PublicAuthorizationCodeGrant { ClientId = Options.ClientId, Code = "M.C1_code", RedirectUri = Options.RedirectUri, CodeVerifier = "verifier" }
            : new ConfidentialAuthorizationCodeGrant { ClientId = Options.ClientId, ClientSecret = secret, Code = "M.C1_code", RedirectUri = Options.RedirectUri, CodeVerifier = "verifier" };

        var sent = OAuthGrant.AuthorizationCode(Options.ClientId, secret, "M.C1_code", Options.RedirectUri, "verifier");

        Assert.Equal(generated.ToFormFields().ToList(), sent.ToFormFields().ToList());
        Assert.Equal(generated.GrantType, sent.GrantType);
        Assert.Equal(generated.IsConfidential, sent.IsConfidential);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("s3cret~value", null)]
    [InlineData(null, "http://localhost:5000/callback")] // the Live endpoint's refresh
    public void Refresh_sends_the_generated_grant_s_fields(string? secret, string? redirectUri)
    {
        ITokenGrant generated = secret is null
            ? new PublicRefreshTokenGrant { ClientId = Options.ClientId, RefreshToken = "M.R3_refresh", RedirectUri = redirectUri }
            : new ConfidentialRefreshTokenGrant { ClientId = Options.ClientId, ClientSecret = secret, RefreshToken = "M.R3_refresh", RedirectUri = redirectUri };

        var sent = OAuthGrant.Refresh(Options.ClientId, secret, "M.R3_refresh", redirectUri);

        Assert.Equal(generated.ToFormFields().ToList(), sent.ToFormFields().ToList());
        Assert.DoesNotContain("M.R3_refresh", sent.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", sent.ToString(), StringComparison.Ordinal);
    }
}
