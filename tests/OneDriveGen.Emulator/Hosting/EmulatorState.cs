using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Emulator.Content;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator.Hosting;

/// <summary>Everything the endpoints share: options, apps, tokens, the drive, the request log, the faults.</summary>
internal sealed class EmulatorState
{
    private readonly Dictionary<string, DriveStore> _drives = new(StringComparer.OrdinalIgnoreCase);

    public EmulatorState(EmulatorOptions options, DriveStore drive, IReadOnlyDictionary<string, DriveStore>? otherDrives = null)
    {
        Options = options;
        foreach (var (login, other) in otherDrives ?? new Dictionary<string, DriveStore>())
        {
            _drives[login] = other;
        }

        AllDrives = new[] { drive }.Concat(_drives.Values).ToList();

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

    /// <summary>Device authorizations in flight (the device code flow).</summary>
    public DeviceCodes DeviceCodes { get; } = new();

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

    /// <summary>Every drive: the default account's first.</summary>
    public IReadOnlyList<DriveStore> AllDrives { get; }

    /// <summary>The account a grant's key names ("" is the default account).</summary>
    public EmulatorAccount AccountOf(string key) =>
        key.Length == 0 ? Options.Accounts[0] : Options.Accounts.First(a => string.Equals(a.Login, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The key a grant stores for <paramref name="account"/>.</summary>
    public string KeyOf(EmulatorAccount account) => account == Options.Accounts[0] ? string.Empty : account.Login;

    /// <summary>The account signing in as <paramref name="login"/> (login_hint or the sign-in page's choice), if any.</summary>
    public EmulatorAccount? FindAccount(string? login) =>
        Options.Accounts.FirstOrDefault(a => string.Equals(a.Login, login, StringComparison.OrdinalIgnoreCase));

    /// <summary>The drive of the account a grant's key names: /me/drive of its tokens.</summary>
    public DriveStore DriveOf(string key) => key.Length == 0 ? Drive : _drives[key];

    /// <summary>An item by ID on whichever drive holds it (IDs are unique across drives: each has its own drive ID).</summary>
    public (DriveStore Drive, DriveItemNode Node)? FindItem(string id)
    {
        foreach (var drive in AllDrives)
        {
            if (drive.Get(id) is { } node)
            {
                return (drive, node);
            }
        }

        return null;
    }

    public AppRegistration? FindApp(string? clientId) =>
        clientId is not null && Apps.TryGetValue(clientId, out var app) ? app : null;

    public string AppFolderName(string clientId) => FindApp(clientId)?.DisplayName ?? Apps.Values.First().DisplayName;
}
