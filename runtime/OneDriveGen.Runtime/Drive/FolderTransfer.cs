using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using OneDriveGen.Runtime.Generated;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// Copies a whole folder tree between OneDrive and a local directory, in either direction: every page of every
/// folder, <see cref="Transfers"/> files at a time over the resumable <see cref="DriveDownloader"/> and
/// <see cref="DriveUploader"/>, skipping files that are already the same, so a second run after an interruption
/// continues where it stopped and one after no change sends nothing. A file that fails is reported and the others
/// still complete; no file ever appears under its final name before it is complete.
/// </summary>
public sealed class FolderTransfer
{
    /// <summary>The suffix of a download in progress; such files are never uploaded.</summary>
    public const string PartialSuffix = ".odg-partial";

    private readonly IRequestAdapter _graph;
    private readonly HttpClient _content;

    /// <summary>Creates the transfer on your adapter and an HttpClient for pre-authenticated URLs (no Authorization).</summary>
    public FolderTransfer(IRequestAdapter graph, HttpClient content)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _content = content ?? throw new ArgumentNullException(nameof(content));
    }

    /// <summary>How many files are copied at once, 1 to 32; 4 by default.</summary>
    public int Transfers { get; init; } = 4;

    /// <summary>Whether a file of the same size counts as the same (no hash is computed); the content hash decides otherwise.</summary>
    public bool SizeOnly { get; init; }

    /// <summary>Downloads the folder <paramref name="remoteFolder"/> addresses (any generated builder's request) into <paramref name="localDirectory"/>.</summary>
    /// <param name="remoteFolder">The folder's request, such as <c>client.Me.Drive.Root.ItemWithPath("Photos").ToGetRequestInformation()</c>.</param>
    /// <param name="localDirectory">Where the tree goes; created if missing.</param>
    /// <param name="progress">Receives files and bytes done, and each file as it finishes.</param>
    /// <param name="cancellationToken">Stops the transfer; files already complete stay.</param>
    public async Task<FolderTransferResult> DownloadAsync(RequestInformation remoteFolder, string localDirectory, IProgress<FolderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(remoteFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(localDirectory);
        CheckTransfers();
        var root = ItemUrl.Of(remoteFolder);
        var local = Path.GetFullPath(localDirectory);
        Directory.CreateDirectory(local);
        var outcome = new Outcome();
        var taken = new HashSet<string>(LocalPathComparer);
        var jobs = new List<(string Url, DownloadableItem Item, string Relative, string LocalPath)>();
        await foreach (var (url, item, segments) in WalkAsync(root, cancellationToken).ConfigureAwait(false))
        {
            var relative = string.Join('/', segments);
            if (segments.Select(DriveNameRules.LocalDiskRefuses).FirstOrDefault(r => r is not null) is { } refused)
            {
                outcome.Fail(relative, refused);
                continue;
            }

            var mapped = segments.Select(DriveNameRules.ForLocalDisk).ToList();
            var localPath = Path.Combine(new[] { local }.Concat(mapped.Select(m => m.Name)).ToArray());
            if (!taken.Add(localPath))
            {
                outcome.Fail(relative, $"its local name '{Path.GetFileName(localPath)}' is another file's on this disk; it was not written so that neither is lost");
                continue;
            }

            if (mapped.FirstOrDefault(m => m.Reason is not null) is { Reason: { } why })
            {
                outcome.Renamed.Add(new FolderNameChange(relative, Path.GetRelativePath(local, localPath).Replace('\\', '/'), why));
            }

            jobs.Add((url, item, relative, localPath));
        }

        await RunAsync(jobs, j => j.Relative, j => j.Item.Size ?? 0, async (job, report, token) =>
        {
            if (File.Exists(job.LocalPath) && await SameAsync(job.LocalPath, job.Item, token).ConfigureAwait(false))
            {
                return false;
            }

            await DownloadFileAsync(job.Url, job.Item, job.LocalPath, report, token).ConfigureAwait(false);
            return true;
        }, outcome, progress, cancellationToken).ConfigureAwait(false);
        return outcome.ToResult();
    }

    /// <summary>Uploads <paramref name="localDirectory"/>'s tree into the folder <paramref name="remoteFolder"/> addresses, creating folders as needed.</summary>
    /// <param name="localDirectory">The tree to send.</param>
    /// <param name="remoteFolder">The destination folder's request; it need not exist yet.</param>
    /// <param name="progress">Receives files and bytes done, and each file as it finishes.</param>
    /// <param name="cancellationToken">Stops the transfer; files already complete stay.</param>
    public async Task<FolderTransferResult> UploadAsync(string localDirectory, RequestInformation remoteFolder, IProgress<FolderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(remoteFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(localDirectory);
        CheckTransfers();
        var local = Path.GetFullPath(localDirectory);
        if (!Directory.Exists(local))
        {
            throw new DirectoryNotFoundException($"Local folder not found: {local}");
        }

        var root = ItemUrl.Of(remoteFolder);
        var remote = new Dictionary<string, DownloadableItem>(StringComparer.OrdinalIgnoreCase);
        try
        {
            await foreach (var (_, item, segments) in WalkAsync(root, cancellationToken).ConfigureAwait(false))
            {
                remote[string.Join('/', segments)] = item;
            }
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            // A destination that does not exist yet holds nothing: every file goes, and uploading creates the folders.
        }

        var outcome = new Outcome();
        var jobs = LocalFiles(local, outcome).ToList();
        await RunAsync(jobs, j => j.Relative, j => j.Length, async (job, report, token) =>
        {
            if (remote.TryGetValue(job.Relative, out var existing) && await SameAsync(job.Path, existing, token).ConfigureAwait(false))
            {
                return false;
            }

            await using var file = new FileStream(job.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
            var target = Request(ChildUrl(root, job.Relative.Split('/')));
            await new DriveUploader(_graph, _content).UploadAsync(file, target, DownloadableItem.Read, ConflictBehavior.Replace, report, token).ConfigureAwait(false);
            return true;
        }, outcome, progress, cancellationToken).ConfigureAwait(false);
        return outcome.ToResult();
    }

    // Case-insensitive disks (Windows, macOS) make two names that differ only in case one file.
    private static StringComparer LocalPathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static RequestInformation Request(string url) => new() { HttpMethod = Method.GET, URI = new Uri(url) };

    /// <summary>The item at <paramref name="segments"/> below the folder at <paramref name="folderUrl"/>, addressed by path.</summary>
    private static string ChildUrl(string folderUrl, IEnumerable<string> segments)
    {
        var path = string.Join('/', segments.Select(DrivePathEncoder.EscapeSegment));
        return folderUrl.EndsWith(':') ? folderUrl[..^1] + "/" + path + ":" : folderUrl + ":/" + path + ":";
    }

    /// <summary>Every file below <paramref name="root"/>, folder by folder and page by page, with its path segments.</summary>
    private async IAsyncEnumerable<(string Url, DownloadableItem Item, string[] Segments)> WalkAsync(string root, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var folders = new Queue<string[]>();
        folders.Enqueue(Array.Empty<string>());
        while (folders.Count > 0)
        {
            var segments = folders.Dequeue();
            var folderUrl = segments.Length == 0 ? root : ChildUrl(root, segments);
            await foreach (var child in Pager.EnumerateAsync(_graph, Request(folderUrl + "/children"), DownloadableItem.Read, cancellationToken).ConfigureAwait(false))
            {
                if (child.Name is not { Length: > 0 } name || name is "." or ".." || name.Contains('/'))
                {
                    continue; // not a name a path can hold; the service never sends one
                }

                var path = segments.Append(name).ToArray();
                if (child.IsFolder)
                {
                    folders.Enqueue(path);
                }
                else
                {
                    yield return (ChildUrl(root, path), child, path);
                }
            }
        }
    }

    /// <summary>The local files to upload, each folder's names checked against OneDrive's rules first.</summary>
    private static IEnumerable<(string Path, string Relative, long Length)> LocalFiles(string root, Outcome outcome)
    {
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry is FileInfo && entry.Name.EndsWith(PartialSuffix, StringComparison.Ordinal))
                {
                    continue;
                }

                if (DriveNameRules.OneDriveRefuses(entry.Name) is { } refused)
                {
                    outcome.Fail(relative + (entry is DirectoryInfo ? "/" : string.Empty), refused + (entry is DirectoryInfo ? " (nothing in it was sent)" : string.Empty));
                    continue;
                }

                if (seen.TryGetValue(entry.Name, out var first))
                {
                    outcome.Fail(relative, $"differs only in case from '{first}', and OneDrive names ignore case: it would replace that one; rename one of them");
                    continue;
                }

                seen[entry.Name] = entry.Name;
                if (entry is DirectoryInfo directory)
                {
                    folders.Push(directory.FullName);
                }
                else if (entry is FileInfo file)
                {
                    yield return (file.FullName, relative, file.Length);
                }
            }
        }
    }

    private async Task DownloadFileAsync(string url, DownloadableItem item, string localPath, IProgress<TransferProgress> report, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(localPath)!);
        var partial = localPath + PartialSuffix;
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await new DriveDownloader(_graph, _content).DownloadListedAsync(Request(url), item, file, report, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, localPath, overwrite: true);
            if (item.LastModified is { } modified)
            {
                File.SetLastWriteTimeUtc(localPath, modified.UtcDateTime);
            }
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Whether the local file is the remote one: same size, and the same content hash unless <see cref="SizeOnly"/>.</summary>
    private async Task<bool> SameAsync(string localPath, DownloadableItem remote, CancellationToken cancellationToken)
    {
        var length = new FileInfo(localPath).Length;
        if (remote.Size != length)
        {
            return false;
        }

        if (SizeOnly)
        {
            return true;
        }

        using var hash = ContentHash.For(remote);
        if (hash is null)
        {
            return false; // nothing to compare with: copy rather than guess
        }

        var buffer = new byte[81920];
        await using var file = new FileStream(localPath, FileMode.Open, FileAccess.Read, FileShare.Read, buffer.Length, FileOptions.Asynchronous | FileOptions.SequentialScan);
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.Append(buffer.AsSpan(0, read));
        }

        return hash.Matches();
    }

    private async Task RunAsync<TJob>(List<TJob> jobs, Func<TJob, string> nameOf, Func<TJob, long> sizeOf, Func<TJob, IProgress<TransferProgress>, CancellationToken, Task<bool>> copy, Outcome outcome, IProgress<FolderProgress>? progress, CancellationToken cancellationToken)
    {
        var total = jobs.Sum(sizeOf);
        var filesTotal = jobs.Count + outcome.Failures.Count;
        long bytes = 0;
        var done = outcome.Failures.Count;
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = Transfers, CancellationToken = cancellationToken }, async (job, token) =>
        {
            long mine = 0;
            var report = new Reporter(p =>
            {
                var delta = p.BytesTransferred - Interlocked.Exchange(ref mine, p.BytesTransferred);
                var now = Interlocked.Add(ref bytes, delta);
                progress?.Report(new FolderProgress(Volatile.Read(ref done), filesTotal, now, total, null, null));
            });
            FileOutcome result;
            try
            {
                result = await copy(job, report, token).ConfigureAwait(false) ? FileOutcome.Transferred : FileOutcome.Skipped;
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                outcome.Fail(nameOf(job), e.Message);
                result = FileOutcome.Failed;
            }

            if (result == FileOutcome.Skipped)
            {
                Interlocked.Add(ref bytes, sizeOf(job) - Interlocked.Read(ref mine));
            }

            (result == FileOutcome.Transferred ? outcome.Transferred : result == FileOutcome.Skipped ? outcome.Skipped : null)?.Add(nameOf(job));
            if (result == FileOutcome.Transferred)
            {
                outcome.AddBytes(Interlocked.Read(ref mine));
            }

            progress?.Report(new FolderProgress(Interlocked.Increment(ref done), filesTotal, Interlocked.Read(ref bytes), total, nameOf(job), result));
        }).ConfigureAwait(false);
    }

    private void CheckTransfers()
    {
        if (Transfers is < 1 or > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(Transfers), Transfers, "Transfers must be between 1 and 32.");
        }
    }

    // Reports on the calling thread: Progress<T> would post to the thread pool and reorder the deltas.
    private sealed class Reporter(Action<TransferProgress> report) : IProgress<TransferProgress>
    {
        public void Report(TransferProgress value) => report(value);
    }

    private sealed class Outcome
    {
        private long _bytes;

        public ConcurrentBag<string> Transferred { get; } = new();

        public ConcurrentBag<string> Skipped { get; } = new();

        public ConcurrentBag<FolderTransferFailure> Failures { get; } = new();

        public List<FolderNameChange> Renamed { get; } = new();

        public void Fail(string path, string reason) => Failures.Add(new FolderTransferFailure(path, reason));

        public void AddBytes(long bytes) => Interlocked.Add(ref _bytes, bytes);

        public FolderTransferResult ToResult() => new(
            Transferred.OrderBy(p => p, StringComparer.Ordinal).ToList(),
            Skipped.OrderBy(p => p, StringComparer.Ordinal).ToList(),
            Failures.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            Renamed,
            Interlocked.Read(ref _bytes));
    }
}
