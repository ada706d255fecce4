using System;
using System.Threading;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Configuration;
using OneDriveGen.Runtime.Generated;
using OneDriveGen.Runtime.Tokens;
using System.Collections.Generic;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// The OAuth 2.0 authorization code flow of the how-to, automated: the authorization URL with state and PKCE, the
/// code caught by a loopback receiver or pasted by the user, its redemption, and refreshes at the v2.0 or Live
/// endpoint. The protocol is the runtime's own (it needs no generated code); its URLs and form fields are those of
/// the shipped spec's auth section.
/// </summary>
public sealed class OneDriveSignIn
{
    private readonly OneDriveOptions _options;
    private readonly TokenClient _tokens;
    private readonly TimeProvider _time;

    /// <summary>Creates the flow for the configured app.</summary>
    /// <param name="options">The app's configuration.</param>
    /// <param name="tokens">Where grants are posted.</param>
    /// <param name="time">The clock the device code flow waits on between polls; the system clock when null.</param>
    public OneDriveSignIn(OneDriveOptions options, TokenClient tokens, TimeProvider? time = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Starts a sign-in: a random state, a PKCE pair and the URL to open.</summary>
    /// <param name="redirectUri">The redirect URI to use; the configured one when null.</param>
    /// <param name="loginHint">Pre-fills the user's sign-in name.</param>
    public AuthorizationSession Begin(string? redirectUri = null, string? loginHint = null)
    {
        var pkce = PkcePair.Create();
        var state = PkcePair.Base64Url(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var redirect = redirectUri ?? _options.RedirectUri;
        ArgumentException.ThrowIfNullOrWhiteSpace(_options.ClientId, "client_id");
        ArgumentException.ThrowIfNullOrWhiteSpace(redirect, "redirect_uri");
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("client_id", _options.ClientId),
            new("response_type", "code"),
            new("redirect_uri", redirect),
            new("scope", string.Join(" ", _options.ScopeList)),
            new("state", state),
            new("code_challenge", pkce.Challenge),
            new("code_challenge_method", "S256"),
        };
        if (!string.IsNullOrEmpty(loginHint))
        {
            parameters.Add(new("login_hint", loginHint));
        }

        return new AuthorizationSession(AuthUrl.WithQuery(IdentityEndpoints.Authorize(_options), parameters), state, pkce, redirect);
    }

    /// <summary>Completes a sign-in from what the user pasted: the code, or the whole redirect URL (its state is checked).</summary>
    /// <exception cref="AuthorizationException">The redirect carries an error or a wrong state.</exception>
    /// <exception cref="IdentityException">The token endpoint refused the code.</exception>
    public Task<TokenSet> CompleteAsync(AuthorizationSession session, string codeOrRedirectUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return RedeemCodeAsync(session, RedirectParser.ReadCode(codeOrRedirectUrl, session.State), cancellationToken);
    }

    /// <summary>
    /// Signs in through a loopback receiver: starts it on the configured http://localhost redirect URI (its port or a
    /// free one), lets <paramref name="openBrowser"/> open the URL, waits for the one redirect, redeems the code.
    /// </summary>
    /// <exception cref="AuthorizationException">The user declined, the state differed, or no redirect came within <paramref name="timeout"/>.</exception>
    /// <exception cref="IdentityException">The token endpoint refused the code.</exception>
    public async Task<TokenSet> SignInWithLoopbackAsync(Func<Uri, Task> openBrowser, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(openBrowser);
        await using var receiver = LoopbackRedirectReceiver.Start(_options.RedirectUri);
        var session = Begin(receiver.RedirectUri);
        var waiting = receiver.WaitForCodeAsync(session.State, timeout, cancellationToken);
        await openBrowser(session.AuthorizationUri).ConfigureAwait(false);
        var code = await waiting.ConfigureAwait(false);
        return await RedeemCodeAsync(session, code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Signs in with the device code flow (RFC 8628), for a machine with no browser: asks for a code, lets
    /// <paramref name="showCode"/> tell the user where to enter it, then polls the token endpoint at the interval the
    /// identity platform asks for (5 s longer after each slow_down) until the user has signed in on another device.
    /// Public clients only ("Allow public client flows" in the registration).
    /// </summary>
    /// <exception cref="AuthorizationException">The user declined (<see cref="AuthorizationException.UserDeclined"/>), or the code expired first (expired_token).</exception>
    /// <exception cref="IdentityException">The identity platform refused the request (an unknown app, a bad scope, public client flows not allowed).</exception>
    /// <exception cref="InvalidOperationException">The app is configured as a confidential client.</exception>
    public async Task<TokenSet> SignInWithDeviceCodeAsync(Func<DeviceCodePrompt, CancellationToken, Task> showCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(showCode);
        if (_options.IsConfidential)
        {
            throw new InvalidOperationException("The device code flow is for public clients (desktop, CLI, headless): this app is configured with a ClientSecret, and a confidential client signs users in through its web redirect.");
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("client_id", _options.ClientId),
            new("scope", string.Join(" ", _options.ScopeList)),
        };
        var answer = await _tokens.RequestDeviceAuthorizationAsync(IdentityEndpoints.DeviceCode(_options), fields, cancellationToken).ConfigureAwait(false);
        if (answer is not { DeviceCode.Length: > 0, UserCode.Length: > 0 } || !Uri.TryCreate(answer.VerificationUri, UriKind.Absolute, out var verification))
        {
            throw new System.Net.Http.HttpRequestException("The device authorization endpoint answered without a device code, a user code or a verification URI.");
        }

        var expiresAt = _time.GetUtcNow().AddSeconds(answer.ExpiresIn is > 0 and <= 3600 ? answer.ExpiresIn.Value : 900);
        var interval = TimeSpan.FromSeconds(answer.Interval is > 0 and <= 60 ? answer.Interval.Value : 5);
        var message = answer.Message ?? $"To sign in, open {verification} and enter the code {answer.UserCode}.";
        await showCode(new DeviceCodePrompt(answer.UserCode, verification, message, expiresAt), cancellationToken).ConfigureAwait(false);
        var grant = OAuthGrant.DeviceCode(_options.ClientId, answer.DeviceCode);
        while (true)
        {
            await Task.Delay(interval, _time, cancellationToken).ConfigureAwait(false);
            if (_time.GetUtcNow() >= expiresAt)
            {
                throw CodeExpired(null);
            }

            try
            {
                return await _tokens.RequestAsync(IdentityEndpoints.V2Token(_options), grant, cancellationToken).ConfigureAwait(false);
            }
            catch (IdentityException e) when (e.Error == "authorization_pending")
            {
                // The user has not finished yet: ask again after the interval.
            }
            catch (IdentityException e) when (e.Error == "slow_down")
            {
                interval += TimeSpan.FromSeconds(5);
            }
            catch (IdentityException e) when (e.Error is "authorization_declined" or "access_denied")
            {
                throw new AuthorizationException("access_denied", e.Description, "Sign-in was declined on the other device. Start the sign-in again to retry.");
            }
            catch (IdentityException e) when (e.Error == "expired_token")
            {
                throw CodeExpired(e.Description);
            }
        }
    }

    // The same ending whether this side's clock or the identity platform saw the code expire first.
    private static AuthorizationException CodeExpired(string? description) =>
        new("expired_token", description, "The sign-in code expired before it was entered: start the sign-in again for a new one.");

    /// <summary>Redeems an authorization code at the v2.0 token endpoint with the session's verifier and redirect URI.</summary>
    /// <exception cref="IdentityException">The token endpoint refused the code.</exception>
    public Task<TokenSet> RedeemCodeAsync(AuthorizationSession session, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var grant = OAuthGrant.AuthorizationCode(_options.ClientId, Secret, code, session.RedirectUri, session.Pkce.Verifier);
        return _tokens.RequestAsync(IdentityEndpoints.V2Token(_options), grant, cancellationToken);
    }

    /// <summary>Redeems a refresh token at the configured refresh endpoint (v2.0, or the legacy Live one).</summary>
    /// <exception cref="IdentityException">The token endpoint refused the refresh token.</exception>
    public Task<TokenSet> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        var live = _options.RefreshEndpoint == RefreshEndpoint.Live;
        var redirect = live ? _options.RedirectUri : null;
        var grant = OAuthGrant.Refresh(_options.ClientId, Secret, refreshToken, redirect);
        return _tokens.RequestAsync(IdentityEndpoints.RefreshToken(_options), grant, cancellationToken);
    }

    // A public client never sends a secret, not even an empty one.
    private string? Secret => _options.IsConfidential ? _options.ClientSecret : null;
}
