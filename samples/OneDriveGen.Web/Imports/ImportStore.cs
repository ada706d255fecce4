using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using DriveItem = OneDriveGen.Web.OneDrive.Models.DriveItem;

namespace OneDriveGen.Web.Imports;

/// <summary>
/// The app's own storage for imported files: a folder per app user on disk. A download goes to a temporary name
/// and takes the file's name only once complete and hash-checked, so no partial file is ever listed.
/// </summary>
internal sealed class ImportStore(string root)
{
    /// <summary>Downloads through <paramref name="download"/> and keeps the file under its OneDrive name.</summary>
    public async Task<ImportedFile> ImportAsync(string appUser, Func<Stream, CancellationToken, Task<DriveItem>> download, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, appUser)).FullName;
        var partial = Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + ".partial");
        try
        {
            DriveItem item;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                item = await download(file, cancellationToken);
            }

            // The name comes from OneDrive: only its last segment, so it cannot climb out of the user's folder.
            var name = Path.GetFileName(item.Name ?? "imported");
            var final = Path.Combine(folder, name.Length == 0 || name.StartsWith('.') ? "imported" + name : name);
            File.Move(partial, final, overwrite: true);
            var imported = Describe(final);
            File.WriteAllText(HashFile(final), imported.Sha256);
            return imported;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The user's imported files, with size and SHA-256.</summary>
    public IReadOnlyList<ImportedFile> List(string appUser)
    {
        var folder = Path.Combine(root, appUser);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).OrderBy(f => f, StringComparer.Ordinal).Select(Listed).ToList()
            : new List<ImportedFile>();
    }

    // The hash was computed once, at import; a listing reads it instead of reading every file again.
    private static ImportedFile Listed(string path) =>
        File.Exists(HashFile(path))
            ? new ImportedFile(Path.GetFileName(path), new FileInfo(path).Length, File.ReadAllText(HashFile(path)))
            : Describe(path);

    private static string HashFile(string path) => Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".sha256");

    private static ImportedFile Describe(string path)
    {
        using var stream = File.OpenRead(path);
        return new ImportedFile(Path.GetFileName(path), stream.Length, Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant());
    }
}

/// <summary>A file in the app's storage.</summary>
internal sealed record ImportedFile(string Name, long Size, string Sha256);
