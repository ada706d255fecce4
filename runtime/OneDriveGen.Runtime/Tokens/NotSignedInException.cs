using System;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>No usable tokens: the account never signed in, or its refresh token is gone. Sign in again.</summary>
public sealed class NotSignedInException : OneDriveException
{
    /// <summary>Creates the exception for an account.</summary>
    public NotSignedInException(string account, string reason)
        : base("notSignedIn", $"Account '{account}' is not signed in: {reason} Sign in again.")
    {
        Account = account;
    }

    /// <summary>The account key in the token store.</summary>
    public string Account { get; }
}
