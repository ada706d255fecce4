using System;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// One sign-in in progress: the URL to send the browser to, and what must come back (the state) and go with the
/// code (the PKCE verifier, the exact redirect URI). Keep it until the code is redeemed.
/// </summary>
public sealed class AuthorizationSession
{
    internal AuthorizationSession(Uri authorizationUri, string state, PkcePair pkce, string redirectUri)
    {
        AuthorizationUri = authorizationUri;
        State = state;
        Pkce = pkce;
        RedirectUri = redirectUri;
    }

    /// <summary>
    /// Rebuilds a session kept between processes or requests (a web app's cookie, a CLI's pending sign-in), so the
    /// code that comes back can be redeemed with the same state, verifier and redirect URI.
    /// </summary>
    /// <param name="authorizationUri">The URL the browser was sent to.</param>
    /// <param name="state">The state that URL carried.</param>
    /// <param name="codeVerifier">The PKCE verifier kept from <see cref="Pkce"/>; secret, store it protected.</param>
    /// <param name="redirectUri">The redirect URI the URL carried.</param>
    public static AuthorizationSession Restore(Uri authorizationUri, string state, string codeVerifier, string redirectUri)
    {
        ArgumentNullException.ThrowIfNull(authorizationUri);
        ArgumentException.ThrowIfNullOrEmpty(state);
        ArgumentException.ThrowIfNullOrEmpty(redirectUri);
        return new AuthorizationSession(authorizationUri, state, PkcePair.FromVerifier(codeVerifier), redirectUri);
    }

    /// <summary>Where to send the user's browser.</summary>
    public Uri AuthorizationUri { get; }

    /// <summary>The random state the redirect must echo (CSRF protection).</summary>
    public string State { get; }

    /// <summary>The PKCE pair of this sign-in.</summary>
    public PkcePair Pkce { get; }

    /// <summary>The redirect URI sent, which the code redemption must repeat exactly.</summary>
    public string RedirectUri { get; }

    /// <inheritdoc />
    public override string ToString() => $"Sign-in to {AuthorizationUri.GetLeftPart(UriPartial.Path)} returning to {RedirectUri}";
}
