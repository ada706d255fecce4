using System;

namespace OneDriveGen.Build;

/// <summary>The app registration's <c>signInAudience</c>: who may sign in to the app.</summary>
internal enum SignInAudience
{
    AzureADMyOrg,
    AzureADMultipleOrgs,
    AzureADandPersonalMicrosoftAccount,
    PersonalMicrosoftAccount,
}

/// <summary>Reads the manifest's spelling of a <see cref="SignInAudience"/>.</summary>
internal static class SignInAudienceNames
{
    /// <summary>The audience named by <paramref name="value"/> (case-insensitive), or null when blank or unknown.</summary>
    public static SignInAudience? Parse(string value) =>
        Enum.TryParse<SignInAudience>(value.Trim(), ignoreCase: true, out var audience) && Enum.IsDefined(typeof(SignInAudience), audience) && !IsNumber(value)
            ? audience
            : null;

    /// <summary>The accepted values, for messages.</summary>
    public static string Known => string.Join(", ", Enum.GetNames(typeof(SignInAudience)));

    private static bool IsNumber(string value) => int.TryParse(value.Trim(), out _);
}
