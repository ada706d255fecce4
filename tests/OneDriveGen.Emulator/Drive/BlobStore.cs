using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OneDriveGen.Emulator.Drive;

/// <summary>
/// File content on disk, never in memory: a 1 GiB upload or download streams through a small buffer.
/// Each write goes to a new file, so a reader of the old content is never disturbed.
/// </summary>
internal sealed class BlobStore : IDisposable
{
    private readonly bool _owned;

    public BlobStore(string? directory)
    {
        _owned = directory is null;
        Directory = directory ?? Path.Combine(Path.GetTempPath(), "onedrivegen-emulator-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string NewPath() => Path.Combine(Directory, Guid.NewGuid().ToString("N") + ".bin");

    /// <summary>Copies <paramref name="source"/> into a new blob, hashing on the way; null when more than <paramref name="limit"/> bytes come.</summary>
    public async Task<BlobInfo?> WriteAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        var path = NewPath();
        using var hashes = new BlobHashes();
        var buffer = new byte[81920];
        long total = 0;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    break;
                }

                hashes.Append(buffer.AsSpan(0, read));
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        if (total > limit)
        {
            File.Delete(path);
            return null;
        }

        return hashes.Finish(path);
    }

    /// <summary>Hashes an existing file (a finished upload session), reading it once.</summary>
    public static async Task<BlobInfo> DescribeAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var hashes = new BlobHashes();
        var buffer = new byte[1024 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hashes.Append(buffer.AsSpan(0, read));
        }

        return hashes.Finish(path);
    }

    public static Stream OpenRead(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Dispose()
    {
        if (_owned)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A reader still has a file open; the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>A stored blob: where it is, its size and hashes (SHA-256 is kept for the drive's own use, never reported).</summary>
internal sealed record BlobInfo(string Path, long Size, string? Sha1Hex, string Sha256Hex, string QuickXorHash);
