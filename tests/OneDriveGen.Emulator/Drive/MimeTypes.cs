using System;
using System.IO;

namespace OneDriveGen.Emulator.Drive;

/// <summary>The MIME type the service reports in the file facet, from the name.</summary>
internal static class MimeTypes
{
    public static string ForName(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".txt" => "text/plain",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pdf" => "application/pdf",
        ".mp3" => "audio/mpeg",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };
}
