using System;

namespace OneDriveGen.Build;

/// <summary>Which keys and property names hold a client secret, however the configuration source spells the path.</summary>
internal static class SecretKeys
{
    private static readonly string[] Suffixes = { "ClientSecret", "client_secret", "AppSecret" };

    /// <summary>
    /// Whether <paramref name="key"/> names a secret: <c>ClientSecret</c>, or a path ending in one such as
    /// <c>OneDrive__ClientSecret</c> (environment style), <c>AzureAd:ClientSecret</c> or <c>OneDriveClientSecret</c>.
    /// </summary>
    public static bool IsSecretKey(string key) =>
        Array.Exists(Suffixes, s => key.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
