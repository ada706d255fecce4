using System;
using System.Globalization;

namespace OneDriveGen.Emulator.Drive;

/// <summary>One item of the emulated drive. Mutated only under the drive's lock.</summary>
internal sealed class DriveItemNode
{
    public DriveItemNode(string id, string name, string? parentId, bool isFolder, DateTimeOffset now)
    {
        Id = id;
        Name = name;
        ParentId = parentId;
        IsFolder = isFolder;
        Created = now;
        Modified = now;
    }

    public string Id { get; }

    public string Name { get; set; }

    public string? ParentId { get; set; }

    public bool IsFolder { get; }

    public long Size { get; set; }

    public string? MimeType { get; set; }

    public string? Sha1Hex { get; set; }

    public string? Sha256Hex { get; set; }

    public string? QuickXorHash { get; set; }

    public string? BlobPath { get; set; }

    public int? ImageWidth { get; set; }

    public int? ImageHeight { get; set; }

    public string? SpecialFolder { get; set; }

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    public bool Deleted { get; set; }

    /// <summary>The change sequence of the last write: delta returns items changed after a token's sequence.</summary>
    public long Sequence { get; set; }

    /// <summary>The stable part of the eTag and cTag.</summary>
    public Guid Tag { get; init; } = Guid.NewGuid();

    public int Version { get; private set; } = 1;

    public int ContentVersion { get; private set; } = 1;

    /// <summary>Restores the versions of a persisted item.</summary>
    public void RestoreVersions(int version, int contentVersion)
    {
        Version = version;
        ContentVersion = contentVersion;
    }

    /// <summary>Changes on every write to the item.</summary>
    public string ETag => "\"{" + Tag.ToString().ToUpperInvariant() + "}," + Version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>Changes when the content (for folders: any descendant) changes.</summary>
    public string CTag => "\"c:{" + Tag.ToString().ToUpperInvariant() + "}," + ContentVersion.ToString(CultureInfo.InvariantCulture) + "\"";

    public void Touch(DateTimeOffset now, long sequence, bool content)
    {
        Version = Version + 1;
        if (content)
        {
            ContentVersion++;
        }

        Modified = now;
        Sequence = sequence;
    }
}
