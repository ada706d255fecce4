using System;

namespace OneDriveGen.Runtime.Auth;

/// <summary>
/// The authorization step failed: the user declined (access_denied), the redirect's state did not match, no
/// redirect came in time, or the identity platform redirected with another error.
/// </summary>
public sealed class AuthorizationException : OneDriveException
{
    /// <summary>Creates the exception.</summary>
    public AuthorizationException(string error, string? description, string message)
        : base(error, message)
    {
        Error = error;
        Description = description;
    }

    /// <summary>The OAuth error: access_denied, invalid_request, state_mismatch, timeout, …</summary>
    public string Error { get; }

    /// <summary>The identity platform's error_description, when it sent one.</summary>
    public string? Description { get; }

    /// <summary>Whether the user declined to sign in or consent.</summary>
    public bool UserDeclined => Error == "access_denied";

    internal static AuthorizationException FromRedirect(string error, string? description) => new(
        error,
        description,
        error switch
        {
            "access_denied" => "Sign-in was cancelled: the user declined to sign in or to consent to the app's permissions. Start the sign-in again to retry.",
            "login_required" or "interaction_required" => "The identity platform needs the user to sign in interactively; start a sign-in without prompt=none.",
            "consent_required" => "The user (or an administrator) must consent to the app's permissions; start an interactive sign-in.",
            _ => $"The identity platform refused the authorization request ({error}): {description}",
        });
}
