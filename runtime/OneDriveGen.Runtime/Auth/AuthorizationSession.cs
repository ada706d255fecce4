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
