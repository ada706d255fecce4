using System;
using System.Collections.Generic;
using OneDriveGen.Emulator.Drive;
using OneDriveGen.Emulator.Faults;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator.Hosting;

/// <summary>How the emulator behaves. The defaults follow the real services; tests change what they exercise.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The port of the identity and Graph endpoints; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The port of the download and upload host (another origin, as in the real service); 0 picks a free one.</summary>
    public int ContentPort { get; set; }

    /// <summary>The registered apps; a public and a confidential test client by default.</summary>
    public IList<AppRegistration> Apps { get; } = new List<AppRegistration> { AppRegistration.TestPublicClient, AppRegistration.TestConfidentialClient };

    /// <summary>What the user does at the authorize endpoint: consent at once (tests), decline at once, or use a real page.</summary>
    public ConsentMode Consent { get; set; } = ConsentMode.AutoAccept;

    /// <summary>Whether a rotated refresh token stays usable, as Microsoft documents, or is single-use, as some users observe.</summary>
    public RefreshTokenReuse RefreshTokenReuse { get; set; } = RefreshTokenReuse.PreviousStaysValid;

    /// <summary>The AADSTS code of a PKCE mismatch: 501481 (current) or 50148 (older captures).</summary>
    public int PkceMismatchCode { get; set; } = 501481;

    /// <summary>Access token lifetime (the real one is randomised between 60 and 90 minutes).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromSeconds(3599);

    /// <summary>Refresh token lifetime: 90 days, 24 hours for single-page apps.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Authorization code lifetime, "typically about 10 minutes".</summary>
    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a device code (and its user code) lives: 15 minutes, as Microsoft documents.</summary>
    public TimeSpan DeviceCodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The polling interval the device authorization endpoint asks for, in seconds: 5, as Microsoft answers.</summary>
    public int DeviceCodeInterval { get; set; } = 5;

    /// <summary>
    /// For tests: a device authorization is approved (for the first account) after this many polls answered
    /// authorization_pending. Null (the default): only a user at the verification page approves it.
    /// </summary>
    public int? DeviceCodeAutoApproveAfterPolls { get; set; }

    /// <summary>For tests: answer slow_down to the first this many polls, however far apart (as a loaded service may).</summary>
    public int DeviceCodeSlowDownPolls { get; set; }

    /// <summary>The style of item IDs the drive hands out.</summary>
    public ItemIdStyle ItemIdStyle { get; set; } = ItemIdStyle.Personal;

    /// <summary>
    /// Who can sign in, each with a drive of their own: the first is <see cref="EmulatorAccount.Default"/> (whose drive
    /// is kept in <see cref="DataDirectory"/>); add more to test several users. They are offered on the interactive
    /// sign-in page and chosen by login_hint.
    /// </summary>
    public IList<EmulatorAccount> Accounts { get; } = new List<EmulatorAccount> { EmulatorAccount.Default };

    /// <summary>Seed the drive with a realistic tree (Documents, Pictures, …).</summary>
    public bool SeedDrive { get; set; } = true;

    /// <summary>Folders (paths from the root) filled with that many one-byte files at start, named file00000.txt…: large listings without thousands of uploads.</summary>
    public IDictionary<string, int> FillFolders { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Where the drive is kept: content files and, on dispose, the tree (drive.json), loaded again by the next emulator started on it. A temporary folder (deleted on dispose) when null.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The largest simple upload (PUT content): 250 MB today; 4 MB reproduces the older limit. Larger gets 413.</summary>
    public long SimpleUploadLimit { get; set; } = 250L * 1000 * 1000;

    /// <summary>How long an upload session lives without activity; each fragment extends it.</summary>
    public TimeSpan UploadSessionIdleLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a pre-authenticated download URL works.</summary>
    public TimeSpan DownloadUrlLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Default page size of collections.</summary>
    public int DefaultPageSize { get; set; } = 200;

    /// <summary>How many monitor polls a copy reports in progress before it completes.</summary>
    public int CopyPollsUntilDone { get; set; } = 2;

    /// <summary>Answer a finished copy's monitor with 303 See Other (OneDrive docs) instead of 202 completed (Graph docs).</summary>
    public bool CopyCompletesWith303 { get; set; }

    /// <summary>Faults to inject; more can be added while running through <see cref="OneDriveEmulator.Faults"/>.</summary>
    public IList<FaultRule> Faults { get; } = new List<FaultRule>();

    /// <summary>Field oddities of real services, off by default.</summary>
    public Oddities Oddities { get; set; } = new();

    /// <summary>The clock; shared so a test can hold it before start.</summary>
    public EmulatorClock Clock { get; set; } = new();
}

/// <summary>How the authorize endpoint answers.</summary>
public enum ConsentMode
{
    /// <summary>Redirect at once with a code, as if the user signed in and consented.</summary>
    AutoAccept,

    /// <summary>Redirect at once with error=access_denied, as if the user declined.</summary>
    AutoDecline,

    /// <summary>Show a minimal sign-in and consent page with Accept and Decline buttons.</summary>
    Interactive,
}

/// <summary>What happens to a refresh token once it has been used.</summary>
public enum RefreshTokenReuse
{
    /// <summary>The previous token keeps working until it expires (Microsoft's documentation).</summary>
    PreviousStaysValid,

    /// <summary>The previous token is revoked by use (behaviour some users report).</summary>
    SingleUse,
}

/// <summary>Reproducible oddities of the real services, to test that clients survive them.</summary>
public sealed class Oddities
{
    /// <summary>Paging answers the same @odata.nextLink again and again (microsoft-graph-docs#6754).</summary>
    public bool RepeatingNextLink { get; set; }

    /// <summary>An upload fragment cut short is kept in part, so nextExpectedRanges starts off the 320 KiB grid (onedrive-api-docs#75).</summary>
    public bool MisalignedUploadRanges { get; set; }
}
