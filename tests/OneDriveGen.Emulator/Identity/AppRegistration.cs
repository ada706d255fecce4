using System;
using System.Collections.Generic;

namespace OneDriveGen.Emulator.Identity;

/// <summary>An app registration as the identity platform knows it.</summary>
/// <param name="ClientId">The application (client) ID.</param>
/// <param name="DisplayName">The app's name; its approot folder is /Apps/{DisplayName}.</param>
/// <param name="RedirectUris">The registered redirect URIs, matched exactly (loopback ports ignored).</param>
/// <param name="ClientSecret">The secret of a confidential client; null for a public client.</param>
/// <param name="SignInAudience">AzureADMyOrg, AzureADMultipleOrgs, AzureADandPersonalMicrosoftAccount or PersonalMicrosoftAccount.</param>
public sealed record AppRegistration(
    string ClientId,
    string DisplayName,
    IReadOnlyList<string> RedirectUris,
    string? ClientSecret = null,
    string SignInAudience = "AzureADandPersonalMicrosoftAccount")
{
    /// <summary>Whether the app is a confidential (web) client that must authenticate with its secret.</summary>
    public bool IsConfidential => ClientSecret is not null;

    /// <summary>A public client, as a desktop app or CLI registers it.</summary>
    public static AppRegistration TestPublicClient { get; } = new(
        "2b3f4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
        "OneDriveGen Emulator Public App",
        new[] { "http://localhost", "http://127.0.0.1/callback" });

    /// <summary>A confidential client with a secret, as a web app registers it.</summary>
    public static AppRegistration TestConfidentialClient { get; } = new(
        "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
        "OneDriveGen Emulator Web App",
        new[] { "http://localhost/signin-oidc", "https://localhost/signin-oidc", "http://127.0.0.1/callback" },
        "emu~secret-value-not-for-production");

    /// <summary>Whether <paramref name="redirectUri"/> matches a registered URI (exact, but the port of a loopback URI is ignored, RFC 8252).</summary>
    public bool AcceptsRedirect(string redirectUri)
    {
        foreach (var registered in RedirectUris)
        {
            if (string.Equals(registered, redirectUri, StringComparison.Ordinal) || LoopbackMatch(registered, redirectUri))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LoopbackMatch(string registered, string candidate)
    {
        if (!Uri.TryCreate(registered, UriKind.Absolute, out var a) || !Uri.TryCreate(candidate, UriKind.Absolute, out var b))
        {
            return false;
        }

        return a.IsLoopback && b.IsLoopback && a.Scheme == "http" && b.Scheme == "http"
            && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.AbsolutePath, b.AbsolutePath, StringComparison.Ordinal)
            && a.Query == b.Query;
    }
}
