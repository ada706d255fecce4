using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using OneDriveGen.Runtime.Drive;

namespace OneDriveGen.Web.Imports;

/// <summary>
/// Imports run in the background; their progress lives in the shared cache (written at most every 250 ms), so the
/// progress page, which refreshes itself, can be served by any node until the file is in and hash-checked.
/// </summary>
internal sealed partial class ImportJobs(IDistributedCache cache, ILogger<ImportJobs> logger)
{
    private static readonly DistributedCacheEntryOptions Keep = new() { SlidingExpiration = TimeSpan.FromHours(1) };

    /// <summary>Starts <paramref name="import"/> for <paramref name="appUser"/>; returns the job's ID.</summary>
    public async Task<string> StartAsync(string appUser, Func<IProgress<TransferProgress>, CancellationToken, Task<ImportedFile>> import)
    {
        var id = Guid.NewGuid().ToString("N");
        await SaveAsync(id, new ImportJob(appUser, 0, null, null, null), CancellationToken.None);
        _ = Task.Run(async () =>
        {
            var reporter = new ProgressWriter(this, id, appUser);
            try
            {
                var file = await import(reporter, CancellationToken.None);
                await SaveAsync(id, new ImportJob(appUser, file.Size, file.Size, file, null), CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The page shows what failed; the details (never a token: the runtime's exceptions carry none) go to the log.
                LogFailed(logger, ex, id);
                await SaveAsync(id, new ImportJob(appUser, reporter.Done, reporter.Total, null, ImportFailure.Describe(ex)), CancellationToken.None);
            }
        });
        return id;
    }

    /// <summary>The job, when it exists and belongs to <paramref name="appUser"/>.</summary>
    public async Task<ImportJob?> FindAsync(string appUser, string id, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(id), cancellationToken);
        var job = bytes is null ? null : JsonSerializer.Deserialize<ImportJob>(bytes);
        return job is not null && string.Equals(job.AppUser, appUser, StringComparison.Ordinal) ? job : null;
    }

    private Task SaveAsync(string id, ImportJob job, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(id), JsonSerializer.SerializeToUtf8Bytes(job), Keep, cancellationToken);

    private static string Key(string id) => "onedrive-web:import:" + id;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string id);

    /// <summary>Saves progress at most every 250 ms, never waiting on the download for it.</summary>
    private sealed class ProgressWriter(ImportJobs jobs, string id, string appUser) : IProgress<TransferProgress>
    {
        private long _lastSaved;

        public long Done { get; private set; }

        public long? Total { get; private set; }

        public void Report(TransferProgress value)
        {
            Done = value.BytesTransferred;
            Total = value.TotalBytes;
            var now = Environment.TickCount64;
            if (now - Interlocked.Read(ref _lastSaved) >= 250)
            {
                Interlocked.Exchange(ref _lastSaved, now);
                _ = jobs.SaveAsync(id, new ImportJob(appUser, Done, Total, null, null), CancellationToken.None);
            }
        }
    }
}

/// <summary>An import's state: bytes so far, the total, the file once done, or what failed.</summary>
internal sealed record ImportJob(string AppUser, long Done, long? Total, ImportedFile? File, string? Failure);
