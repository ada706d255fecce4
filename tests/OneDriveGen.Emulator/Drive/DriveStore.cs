using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace OneDriveGen.Emulator.Drive;

/// <summary>
/// The emulated drive: a tree of items with IDs, eTags and cTags, a change sequence for delta, and content in a
/// <see cref="BlobStore"/>. Thread-safe: every read and write takes one lock.
/// </summary>
public sealed class DriveStore : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DriveItemNode> _items = new(StringComparer.Ordinal);
    private readonly ItemIdGenerator _ids;
    private readonly Func<DateTimeOffset> _now;
    private readonly string? _dataDirectory;
    private long _sequence;
    private long _oldestDeltaSequence;

    internal DriveStore(ItemIdStyle style, string? dataDirectory, Func<DateTimeOffset> now, bool freshDriveId = false)
    {
        _now = now;
        _dataDirectory = dataDirectory;
        Blobs = new BlobStore(dataDirectory);
        var restored = dataDirectory is null ? null : DriveSnapshot.Load(dataDirectory);
        if (restored is { } snapshot)
        {
            _ids = new ItemIdGenerator(style, snapshot.DriveId);
            foreach (var item in snapshot.Items)
            {
                _items[item.Id] = item;
                _ids.SkipPast(item.Id);
            }

            RootId = snapshot.RootId;
            _sequence = snapshot.Sequence;
            Restored = true;
            return;
        }

        _ids = new ItemIdGenerator(style, fresh: freshDriveId);
        var root = new DriveItemNode(_ids.Next(), "root", null, isFolder: true, now());
        _items[root.Id] = root;
        RootId = root.Id;
    }

    /// <summary>Whether the tree was loaded from a data directory left by an earlier run.</summary>
    public bool Restored { get; }

    /// <summary>The drive's ID.</summary>
    public string DriveId => _ids.DriveId;

    /// <summary>personal or business.</summary>
    public string DriveType => _ids.DriveType;

    /// <summary>The root folder's ID.</summary>
    public string RootId { get; }

    /// <summary>The quota the drive reports.</summary>
    public long QuotaTotal { get; set; } = 5L * 1024 * 1024 * 1024;

    internal BlobStore Blobs { get; }

    internal long CurrentSequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Makes every delta token issued so far unusable (the service answers 410 resyncRequired).</summary>
    public void ExpireDeltaTokens()
    {
        lock (_gate)
        {
            _oldestDeltaSequence = _sequence + 1;
        }
    }

    /// <summary>The ID of the item at <paramref name="path"/> (such as Documents/Notes.txt), or null.</summary>
    public string? FindIdByPath(string path)
    {
        lock (_gate)
        {
            return Resolve(RootId, path.Split('/', StringSplitOptions.RemoveEmptyEntries))?.Id;
        }
    }

    /// <summary>A file's bytes, for tests that check what was uploaded; null for a folder or an unknown ID.</summary>
    public byte[]? ContentOf(string id)
    {
        var blob = Get(id)?.BlobPath;
        if (blob is null)
        {
            return null;
        }

        using var source = BlobStore.OpenRead(blob);
        using var copy = new System.IO.MemoryStream();
        source.CopyTo(copy);
        return copy.ToArray();
    }

    internal DriveItemNode? Get(string id)
    {
        lock (_gate)
        {
            return _items.TryGetValue(id, out var node) && !node.Deleted ? node : null;
        }
    }

    internal DriveItemNode? Resolve(string baseId, IReadOnlyList<string> segments)
    {
        lock (_gate)
        {
            var node = Get(baseId);
            foreach (var segment in segments)
            {
                if (node is null || !node.IsFolder)
                {
                    return null;
                }

                node = FindChild(node.Id, segment);
            }

            return node;
        }
    }

    internal List<DriveItemNode> Children(string parentId)
    {
        lock (_gate)
        {
            return _items.Values.Where(n => n.ParentId == parentId && !n.Deleted).OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase).ToList();
        }
    }

    internal int ChildCount(string parentId)
    {
        lock (_gate)
        {
            return _items.Values.Count(n => n.ParentId == parentId && !n.Deleted);
        }
    }

    internal long UsedBytes()
    {
        lock (_gate)
        {
            return _items.Values.Where(n => !n.Deleted).Sum(n => n.Size);
        }
    }

    /// <summary>The item's path as parentReference.path shows it: /drive/root: or /drive/root:/Documents.</summary>
    internal string PathOf(DriveItemNode node)
    {
        lock (_gate)
        {
            var names = new List<string>();
            for (var current = node; current is not null && current.ParentId is not null; current = _items[current.ParentId])
            {
                names.Add(current.Name);
            }

            names.Reverse();
            return "/drive/root:" + (names.Count == 0 ? string.Empty : "/" + string.Join("/", names.Select(Uri.EscapeDataString)));
        }
    }

    internal (DriveItemNode? Node, DriveError? Error) CreateFolder(string parentId, string name, ConflictBehavior conflict)
    {
        lock (_gate)
        {
            var parent = Get(parentId);
            if (parent is null || !parent.IsFolder)
            {
                return (null, DriveError.NotFound);
            }

            var error = DriveNames.Validate(name, DriveType == "business");
            if (error is not null)
            {
                return (null, error);
            }

            if (MakeRoom(parentId, ref name, conflict) is { } taken)
            {
                return (null, taken);
            }

            var node = new DriveItemNode(_ids.Next(), name, parentId, isFolder: true, _now());
            Add(node);
            return (node, null);
        }
    }

    /// <summary>Puts a stored blob at parent/name (a new file or a new version), or onto an existing file.</summary>
    internal (DriveItemNode? Node, bool Created, DriveError? Error) PutContent(string parentId, string name, BlobInfo blob, ConflictBehavior conflict)
    {
        lock (_gate)
        {
            var parent = Get(parentId);
            if (parent is null || !parent.IsFolder)
            {
                return (null, false, DriveError.NotFound);
            }

            var error = DriveNames.Validate(name, DriveType == "business");
            if (error is not null)
            {
                return (null, false, error);
            }

            var existing = FindChild(parentId, name);
            if (existing is not null)
            {
                if (conflict == ConflictBehavior.Fail || (existing.IsFolder && conflict == ConflictBehavior.Replace))
                {
                    return (null, false, DriveError.NameExists);
                }

                if (conflict == ConflictBehavior.Replace)
                {
                    SetContent(existing, blob);
                    return (existing, false, null);
                }

                name = FreeName(parentId, name);
            }

            var node = new DriveItemNode(_ids.Next(), name, parentId, isFolder: false, _now());
            ApplyBlob(node, blob);
            Add(node);
            return (node, true, null);
        }
    }

    internal DriveError? ReplaceContent(string id, BlobInfo blob)
    {
        lock (_gate)
        {
            var node = Get(id);
            if (node is null)
            {
                return DriveError.NotFound;
            }

            if (node.IsFolder)
            {
                return DriveError.Invalid("Cannot upload content to a folder.", "invalidUploadTarget");
            }

            SetContent(node, blob);
            return null;
        }
    }

    internal (DriveItemNode? Node, DriveError? Error) Update(string id, string? newName, string? newParentId, string? ifMatch)
    {
        lock (_gate)
        {
            var node = Get(id);
            if (node is null)
            {
                return (null, DriveError.NotFound);
            }

            if (Preconditions.Check(ifMatch, null, node) is { } failed)
            {
                return (null, failed);
            }

            if (node.ParentId is null)
            {
                return (null, new DriveError(403, "accessDenied", "The root folder cannot be renamed or moved."));
            }

            var parentId = newParentId ?? node.ParentId;
            var name = newName ?? node.Name;
            var parent = Get(parentId);
            if (parent is null || !parent.IsFolder)
            {
                return (null, DriveError.NotFound);
            }

            if (IsSelfOrDescendant(parent, node))
            {
                return (null, DriveError.Invalid("An item cannot be moved into itself or its descendants."));
            }

            var error = DriveNames.Validate(name, DriveType == "business");
            if (error is not null)
            {
                return (null, error);
            }

            var clash = FindChild(parentId, name);
            if (clash is not null && clash != node)
            {
                return (null, DriveError.NameExists);
            }

            var oldParent = node.ParentId;
            node.Name = name;
            node.ParentId = parentId;
            node.Touch(_now(), ++_sequence, content: false);
            TouchAncestors(oldParent);
            TouchAncestors(parentId);
            return (node, null);
        }
    }

    internal DriveError? Delete(string id, string? ifMatch)
    {
        lock (_gate)
        {
            var node = Get(id);
            if (node is null)
            {
                return DriveError.NotFound;
            }

            if (Preconditions.Check(ifMatch, null, node) is { } failed)
            {
                return failed;
            }

            if (node.ParentId is null)
            {
                return new DriveError(403, "accessDenied", "The root folder cannot be deleted.");
            }

            MarkDeleted(node);
            return null;
        }
    }

    /// <summary>Copies an item (folders deeply) under a new parent; the copy shares the blobs, which are never modified in place.</summary>
    internal (DriveItemNode? Node, DriveError? Error) Copy(string id, string targetParentId, string? newName, ConflictBehavior conflict = ConflictBehavior.Fail)
    {
        lock (_gate)
        {
            var source = Get(id);
            var target = Get(targetParentId);
            if (source is null || target is null || !target.IsFolder)
            {
                return (null, DriveError.NotFound);
            }

            var name = newName ?? source.Name;
            if (MakeRoom(targetParentId, ref name, conflict) is { } taken)
            {
                return (null, taken);
            }

            return (CopyInto(source, targetParentId, name), null);
        }
    }

    /// <summary>
    /// Clears the way for a new item called <paramref name="name"/>: fail leaves a taken name as an error, replace
    /// deletes the holder, rename picks a free name. Call under the lock.
    /// </summary>
    private DriveError? MakeRoom(string parentId, ref string name, ConflictBehavior conflict)
    {
        if (FindChild(parentId, name) is not { } existing)
        {
            return null;
        }

        switch (conflict)
        {
            case ConflictBehavior.Fail:
                return DriveError.NameExists;
            case ConflictBehavior.Replace:
                MarkDeleted(existing);
                return null;
            default:
                name = FreeName(parentId, name);
                return null;
        }
    }

    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    internal bool IsWithin(DriveItemNode node, string ancestorId)
    {
        lock (_gate)
        {
            // Everything is under the root, deleted items whose parents went first included.
            if (ancestorId == RootId)
            {
                return true;
            }

            for (var current = node; current is not null; current = current.ParentId is null ? null : Get(current.ParentId))
            {
                if (current.Id == ancestorId)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal List<DriveItemNode> Search(string query)
    {
        lock (_gate)
        {
            return _items.Values
                .Where(n => !n.Deleted && n.ParentId is not null && n.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
                .OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }
    }

    /// <summary>Items changed after <paramref name="since"/> (deleted ones included), or null when that token has expired.</summary>
    internal List<DriveItemNode>? ChangesSince(long since)
    {
        lock (_gate)
        {
            if (since > 0 && since < _oldestDeltaSequence)
            {
                return null;
            }

            return _items.Values
                .Where(n => since == 0 ? !n.Deleted : n.Sequence > since)
                .OrderBy(n => n.Sequence)
                .ToList();
        }
    }

    /// <summary>The app's folder, /Apps/{appName}, created on first use.</summary>
    internal DriveItemNode GetOrCreateAppRoot(string appName)
    {
        lock (_gate)
        {
            var apps = FindChild(RootId, "Apps") ?? CreateFolder(RootId, "Apps", ConflictBehavior.Fail).Node!;
            var folder = FindChild(apps.Id, appName);
            if (folder is null)
            {
                folder = CreateFolder(apps.Id, appName, ConflictBehavior.Fail).Node!;
                folder.SpecialFolder = "approot";
            }

            return folder;
        }
    }

    /// <summary>
    /// The folder at <paramref name="segments"/> below <paramref name="baseId"/>, creating the missing ones, in one
    /// step: two uploads by path into the same new folder make it once, and an existing folder is never replaced.
    /// A file where a folder must go is 409 nameAlreadyExists.
    /// </summary>
    internal (DriveItemNode? Folder, DriveError? Error) EnsureFolders(string baseId, IReadOnlyList<string> segments)
    {
        lock (_gate)
        {
            var node = _items[baseId];
            foreach (var segment in segments)
            {
                var child = FindChild(node.Id, segment);
                if (child is { IsFolder: false })
                {
                    return (null, DriveError.NameExists);
                }

                if (child is null)
                {
                    var (created, error) = CreateFolder(node.Id, segment, ConflictBehavior.Fail);
                    if (created is null)
                    {
                        return (null, error);
                    }

                    child = created;
                }

                node = child;
            }

            return (node, null);
        }
    }

    /// <summary>Adds a file with the given bytes (seeding and tests).</summary>
    public string AddFile(string folderPath, string name, byte[] content, int? imageWidth = null, int? imageHeight = null)
    {
        var blob = Blobs.WriteAsync(new MemoryStream(content), long.MaxValue, default).GetAwaiter().GetResult()!;
        lock (_gate)
        {
            var parent = EnsureFolderPath(folderPath);
            var (node, _, error) = PutContent(parent.Id, name, blob, ConflictBehavior.Replace);
            if (error is not null)
            {
                throw new InvalidOperationException(error.Message);
            }

            node!.ImageWidth = imageWidth;
            node.ImageHeight = imageHeight;
            return node.Id;
        }
    }

    /// <summary>Creates the folders of <paramref name="folderPath"/> that do not exist yet; returns the last one's ID.</summary>
    public string AddFolder(string folderPath)
    {
        lock (_gate)
        {
            return EnsureFolderPath(folderPath).Id;
        }
    }

    /// <summary>Saves the tree to the data directory (when there is one), then releases the content folder.</summary>
    public void Dispose()
    {
        if (_dataDirectory is not null)
        {
            lock (_gate)
            {
                DriveSnapshot.Save(_dataDirectory, DriveId, RootId, _sequence, _items.Values);
            }
        }

        Blobs.Dispose();
    }

    private DriveItemNode EnsureFolderPath(string folderPath)
    {
        var node = _items[RootId];
        foreach (var segment in folderPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = FindChild(node.Id, segment) ?? CreateFolder(node.Id, segment, ConflictBehavior.Fail).Node!;
        }

        return node;
    }

    private DriveItemNode? FindChild(string parentId, string name) =>
        _items.Values.FirstOrDefault(n => n.ParentId == parentId && !n.Deleted && string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));

    private string FreeName(string parentId, string name)
    {
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        for (var i = 1; ; i++)
        {
            var candidate = stem + " " + i.ToString(CultureInfo.InvariantCulture) + extension;
            if (FindChild(parentId, candidate) is null)
            {
                return candidate;
            }
        }
    }

    private void Add(DriveItemNode node)
    {
        node.Sequence = ++_sequence;
        _items[node.Id] = node;
        TouchAncestors(node.ParentId);
    }

    private void SetContent(DriveItemNode node, BlobInfo blob)
    {
        ApplyBlob(node, blob);
        node.Touch(_now(), ++_sequence, content: true);
        TouchAncestors(node.ParentId);
    }

    private static void ApplyBlob(DriveItemNode node, BlobInfo blob)
    {
        node.BlobPath = blob.Path;
        node.Size = blob.Size;
        node.Sha1Hex = blob.Sha1Hex;
        node.Sha256Hex = blob.Sha256Hex;
        node.QuickXorHash = blob.QuickXorHash;
        node.MimeType = MimeTypes.ForName(node.Name);
    }

    private void MarkDeleted(DriveItemNode node)
    {
        foreach (var child in _items.Values.Where(n => n.ParentId == node.Id && !n.Deleted).ToList())
        {
            MarkDeleted(child);
        }

        node.Deleted = true;
        node.Touch(_now(), ++_sequence, content: false);
        TouchAncestors(node.ParentId);
    }

    private void TouchAncestors(string? id)
    {
        while (id is not null && _items.TryGetValue(id, out var ancestor))
        {
            ancestor.Touch(_now(), ++_sequence, content: true);
            id = ancestor.ParentId;
        }
    }

    private bool IsSelfOrDescendant(DriveItemNode candidate, DriveItemNode ancestor)
    {
        for (var current = candidate; current is not null; current = current.ParentId is null ? null : _items[current.ParentId])
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private DriveItemNode CopyInto(DriveItemNode source, string parentId, string name)
    {
        var copy = new DriveItemNode(_ids.Next(), name, parentId, source.IsFolder, _now())
        {
            BlobPath = source.BlobPath,
            Size = source.Size,
            Sha1Hex = source.Sha1Hex,
            Sha256Hex = source.Sha256Hex,
            QuickXorHash = source.QuickXorHash,
            MimeType = source.MimeType,
            ImageWidth = source.ImageWidth,
            ImageHeight = source.ImageHeight,
        };
        Add(copy);
        foreach (var child in _items.Values.Where(n => n.ParentId == source.Id && !n.Deleted).ToList())
        {
            CopyInto(child, copy.Id, child.Name);
        }

        return copy;
    }
}
