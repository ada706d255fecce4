using System;
using System.IO;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Drive;

namespace OneDriveGen.Web.Imports;

/// <summary>One sentence for the progress page when an import fails.</summary>
internal static class ImportFailure
{
    public static string Describe(Exception exception) => exception switch
    {
        InvalidDataException => "The downloaded bytes did not match OneDrive's hash, so the file was not kept.",
        OneDriveGen.Runtime.Tokens.NotSignedInException => "Your OneDrive is not connected: connect it, then import again.",
        OneDriveGen.Runtime.Tokens.IdentityException { RequiresSignIn: true } => "Microsoft no longer accepts this app's access to your OneDrive: reconnect it, then import again.",
        FileChangedException => "The file changed in OneDrive while it was being imported; import it again.",
        ApiException { ResponseStatusCode: 404 } => "The file is not in your OneDrive any more.",
        ApiException api => $"OneDrive answered HTTP {api.ResponseStatusCode}.",
        IOException => "The transfer was interrupted; import it again.",
        _ => "The import failed; try again.",
    };
}
