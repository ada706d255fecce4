using System;

namespace OneDriveGen.Common.Registration;

/// <summary>The app registration's <c>signInAudience</c>: who may sign in to the app (the manifest's spelling).</summary>
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
    public static SignInAudience? Parse(string value)
    {
        // Names only: Enum.TryParse would also take numbers and comma-joined flag lists.
        var name = Array.Find(Enum.GetNames(typeof(SignInAudience)), n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is null ? null : (SignInAudience)Enum.Parse(typeof(SignInAudience), name);
    }

    /// <summary>The accepted values, for messages.</summary>
    public static string Known => string.Join(", ", Enum.GetNames(typeof(SignInAudience)));
}
