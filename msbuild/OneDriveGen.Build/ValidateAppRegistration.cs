using OneDriveGen.Common.Diagnostics;
using Microsoft.Build.Framework;

namespace OneDriveGen.Build;

/// <summary>
/// Checks the OneDrive app-registration properties of a project (client ID, tenant, redirect URIs, scopes) and
/// reports each problem as <c>file(line,col): error ODG2xxx: …</c> at the property that causes it.
/// </summary>
public sealed class ValidateAppRegistration : AppRegistrationTask
{
    /// <inheritdoc />
    protected override bool Run()
    {
        var settings = LoadSettings();
        foreach (var finding in AppRegistrationValidator.Validate(settings))
        {
            Report(finding);
        }

        return !Log.HasLoggedErrors;
    }

    private void Report(Finding finding)
    {
        var at = finding.Location;
        switch (finding.Severity)
        {
            case DiagnosticLevel.Error:
                Log.LogError(null, finding.Code, null, finding.HelpLink, at.File, at.Line, at.Column, 0, 0, "{0}", finding.Message);
                break;
            case DiagnosticLevel.Warning:
                Log.LogWarning(null, finding.Code, null, finding.HelpLink, at.File, at.Line, at.Column, 0, 0, "{0}", finding.Message);
                break;
            default:
                var importance = finding.Severity == DiagnosticLevel.Detail ? MessageImportance.Normal : MessageImportance.High;
                Log.LogMessage(null, finding.Code, null, at.File, at.Line, at.Column, 0, 0, importance, "{0}", finding.Message);
                break;
        }
    }
}
