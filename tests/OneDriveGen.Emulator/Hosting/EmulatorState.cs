using System;
using System.Collections.Concurrent;
using System.Linq;
using OneDriveGen.Emulator.Content;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator.Hosting;

/// <summary>Everything the endpoints share: options, apps, tokens, the drive, the request log, the faults.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(EmulatorOptions options, DriveStore drive)
    {
        Options = options;
        Tokens = new TokenService(options);
        Drive = drive;
        Faults = new FaultInjector(options.Faults);
        foreach (var app in options.Apps)
        {
            Apps[app.ClientId] = app;
        }
    }

    public EmulatorOptions Options { get; }

    public ConcurrentDictionary<string, AppRegistration> Apps { get; } = new(StringComparer.OrdinalIgnoreCase);

    public TokenService Tokens { get; }

    /// <summary>Signs id_tokens; its key is published at {tenant}/discovery/v2.0/keys.</summary>
    public IdTokenIssuer IdTokens { get; } = new();

    public DriveStore Drive { get; }

    public RequestLog Requests { get; } = new();

    public FaultInjector Faults { get; }

    public DateTimeOffset Now => Options.Clock.UtcNow;

    /// <summary>http://127.0.0.1:{port}, once listening.</summary>
    public string MainBase { get; set; } = string.Empty;

    /// <summary>http://127.0.0.1:{contentPort}, once listening.</summary>
    public string ContentBase { get; set; } = string.Empty;

    /// <summary>Open upload sessions by ID.</summary>
    public ConcurrentDictionary<string, UploadSession> UploadSessions { get; } = new(StringComparer.Ordinal);

    /// <summary>Copy operations by monitor ID.</summary>
    public ConcurrentDictionary<string, CopyOperation> Copies { get; } = new(StringComparer.Ordinal);

    /// <summary>Pre-authenticated download links: token → item ID.</summary>
    public LinkRegistry<string> Downloads { get; } = new();

    /// <summary>Pre-authenticated thumbnail links.</summary>
    public LinkRegistry<ThumbnailLink> Thumbnails { get; } = new();

    /// <summary>A pre-authenticated download URL of the item on the content host, valid for DownloadUrlLifetime.</summary>
    public string DownloadUrl(string itemId) =>
        ContentBase + "/download/" + Downloads.Create(itemId, Now + Options.DownloadUrlLifetime);

    /// <summary>A cache-safe thumbnail image URL on the content host.</summary>
    public string ThumbnailUrl(string itemId, int width, int height) =>
        ContentBase + "/thumbnails/" + Thumbnails.Create(new ThumbnailLink(itemId, width, height), Now + Options.DownloadUrlLifetime);

    public AppRegistration? FindApp(string? clientId) =>
        clientId is not null && Apps.TryGetValue(clientId, out var app) ? app : null;

    public string AppFolderName(string clientId) => FindApp(clientId)?.DisplayName ?? Apps.Values.First().DisplayName;
}
