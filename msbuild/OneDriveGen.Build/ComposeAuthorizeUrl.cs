using Microsoft.Build.Framework;

namespace OneDriveGen.Build;

/// <summary>
/// Prints the authorize URL of the configured app (<c>dotnet build -t:OneDriveAuthorizeUrl</c>), so onboarding
/// can open it in a browser to check the registration and consent without composing it by hand.
/// </summary>
public sealed class ComposeAuthorizeUrl : AppRegistrationTask
{
    /// <summary>The composed URL.</summary>
    [Output]
    public string AuthorizeUrl { get; private set; } = string.Empty;

    /// <inheritdoc />
    protected override bool Run()
    {
        var settings = LoadSettings();
        if (settings.ClientId.IsBlank)
        {
            var missing = BuildDiagnostics.ClientIdMissing;
            Log.LogError(null, missing.Code, null, missing.HelpLink, ProjectFile, 0, 0, 0, 0, "{0}", missing.Format());
            return false;
        }

        AuthorizeUrl = AuthorizeUrlComposer.Compose(settings);
        Log.LogMessage(MessageImportance.High, "{0}", "OneDrive authorize URL (the runtime adds state and PKCE on every real sign-in):");
        Log.LogMessage(MessageImportance.High, "{0}", AuthorizeUrl);
        return true;
    }
}
