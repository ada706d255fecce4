using System;
using System.Linq;
using OneDriveGen.IntegrationTests.OneDrive.Auth;
using Xunit;

namespace OneDriveGen.IntegrationTests;

/// <summary>The generated authorize request, token endpoints and grant records.</summary>
public class AuthTests
{
    [Fact]
    public void AuthorizeUrlCarriesTheHowTosParametersEncoded()
    {
        var request = new AuthorizeRequest
        {
            ClientId = "11111111-2222-3333-4444-555555555555",
            RedirectUri = "http://localhost:5000/callback",
            State = "s t&ate",
            CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            CodeChallengeMethod = CodeChallengeMethod.S256,
            ResponseMode = ResponseMode.FormPost,
        };

        var uri = request.ToUri();

        Assert.Equal(
            "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"
            + "?client_id=11111111-2222-3333-4444-555555555555&response_type=code"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fcallback&scope=offline_access%20files.readwrite.all"
            + "&state=s%20t%26ate&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
            + "&code_challenge_method=S256&response_mode=form_post",
            uri.AbsoluteUri);
    }

    [Fact]
    public void VariablesPointTheUrlsAtAnotherHostAndTenant()
    {
        var variables = new OneDriveAuthVariables { AuthorityHost = "http://127.0.0.1:5099/", Tenant = "contoso.onmicrosoft.com", LiveHost = "http://localhost:5099" };

        Assert.Equal("http://127.0.0.1:5099/contoso.onmicrosoft.com/oauth2/v2.0/token", OneDriveTokenEndpoints.V2(variables).AbsoluteUri);
        Assert.Equal("http://localhost:5099/oauth20_token.srf", OneDriveTokenEndpoints.Live(variables).AbsoluteUri);
        Assert.Equal("https://login.microsoftonline.com/common/oauth2/v2.0/token", OneDriveTokenEndpoints.V2().AbsoluteUri);
        Assert.Equal("https://login.live.com/oauth20_token.srf", OneDriveTokenEndpoints.Live().AbsoluteUri);
    }

    [Fact]
    public void PlainHttpToARemoteHostIsRefused()
    {
        var variables = new OneDriveAuthVariables { AuthorityHost = "http://login.example.com" };

        var error = Assert.Throws<ArgumentException>(() => OneDriveTokenEndpoints.V2(variables));

        Assert.Equal("authorityHost", error.ParamName);
    }

    [Fact]
    public void TokenEndpointsDeclareTheGrantsTheyAccept()
    {
        Assert.True(OneDriveTokenEndpoints.Accepts("v2", PublicAuthorizationCodeGrant.GrantTypeValue));
        Assert.True(OneDriveTokenEndpoints.Accepts("live", PublicRefreshTokenGrant.GrantTypeValue));
        Assert.False(OneDriveTokenEndpoints.Accepts("live", PublicAuthorizationCodeGrant.GrantTypeValue));
        Assert.Equal("application/x-www-form-urlencoded", OneDriveTokenEndpoints.ContentType);
    }

    [Fact]
    public void ConfidentialCodeRedemptionSendsTheHowTosFieldsInOrder()
    {
        var grant = new ConfidentialAuthorizationCodeGrant
        {
            ClientId = "app",
            ClientSecret = "Q~secret-value",
            Code = "M.C123",
            RedirectUri = "http://localhost/callback",
        };

        var fields = grant.ToFormFields().Select(f => f.Key + "=" + f.Value);

        Assert.Equal(new[] { "grant_type=authorization_code", "client_id=app", "client_secret=Q~secret-value", "code=M.C123", "redirect_uri=http://localhost/callback" }, fields);
        Assert.True(grant.IsConfidential);
    }

    [Fact]
    public void PublicRefreshSendsNeitherSecretNorCode()
    {
        var grant = new PublicRefreshTokenGrant { ClientId = "app", RefreshToken = "M.R3_BAY.token", Scope = new[] { "offline_access", "files.readwrite.all" } };

        var keys = grant.ToFormFields().Select(f => f.Key).ToList();

        Assert.Equal(new[] { "grant_type", "client_id", "refresh_token", "scope" }, keys);
        Assert.Equal("offline_access files.readwrite.all", grant.ToFormFields().Single(f => f.Key == "scope").Value);
        Assert.False(grant.IsConfidential);
        Assert.Null(typeof(PublicRefreshTokenGrant).GetProperty("ClientSecret"));
        Assert.Null(typeof(PublicRefreshTokenGrant).GetProperty("Code"));
    }

    [Fact]
    public void EmptyRequiredFieldIsAnArgumentErrorNamingTheField()
    {
        var grant = new PublicAuthorizationCodeGrant { ClientId = "app", Code = "", RedirectUri = "http://localhost" };

        var error = Assert.Throws<ArgumentException>(() => grant.ToFormFields());

        Assert.Equal("code", error.ParamName);
    }

    [Fact]
    public void SecretsNeverReachToString()
    {
        var grant = new ConfidentialRefreshTokenGrant { ClientId = "app", ClientSecret = "Q~topsecret", RefreshToken = "0.AXoA-refresh" };

        var text = grant.ToString();

        Assert.DoesNotContain("Q~topsecret", text);
        Assert.DoesNotContain("0.AXoA-refresh", text);
        Assert.Contains("client_id = app", text);
        Assert.Contains("client_secret = [redacted]", text);
    }
}
