using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OneDriveGen.Benchmarks;

// A second baseline shape: every field the emulator writes for a child file, so the hand-written code does the
// same deserialization work as the generated models (the five-field baseline reads less than Pager does).

/// <summary>A page of fully shaped items.</summary>
public sealed class FullPage
{
    /// <summary>The items.</summary>
    [JsonPropertyName("value")]
    public List<FullItem> Value { get; set; } = new();

    /// <summary>The next page.</summary>
    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; set; }
}

/// <summary>A driveItem with every property a listing returns.</summary>
public sealed class FullItem
{
    /// <summary>The ID.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The eTag.</summary>
    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    /// <summary>The cTag.</summary>
    [JsonPropertyName("cTag")]
    public string? CTag { get; set; }

    /// <summary>The size.</summary>
    [JsonPropertyName("size")]
    public long Size { get; set; }

    /// <summary>The creation time.</summary>
    [JsonPropertyName("createdDateTime")]
    public DateTimeOffset CreatedDateTime { get; set; }

    /// <summary>The last change.</summary>
    [JsonPropertyName("lastModifiedDateTime")]
    public DateTimeOffset LastModifiedDateTime { get; set; }

    /// <summary>The web URL.</summary>
    [JsonPropertyName("webUrl")]
    public string? WebUrl { get; set; }

    /// <summary>The creator.</summary>
    [JsonPropertyName("createdBy")]
    public FullIdentitySet? CreatedBy { get; set; }

    /// <summary>The last modifier.</summary>
    [JsonPropertyName("lastModifiedBy")]
    public FullIdentitySet? LastModifiedBy { get; set; }

    /// <summary>The parent.</summary>
    [JsonPropertyName("parentReference")]
    public FullParent? ParentReference { get; set; }

    /// <summary>The client-side times.</summary>
    [JsonPropertyName("fileSystemInfo")]
    public FullFileSystemInfo? FileSystemInfo { get; set; }

    /// <summary>The file facet.</summary>
    [JsonPropertyName("file")]
    public FullFile? File { get; set; }

    /// <summary>The folder facet.</summary>
    [JsonPropertyName("folder")]
    public FullFolder? Folder { get; set; }

    /// <summary>The pre-authenticated download URL.</summary>
    [JsonPropertyName("@microsoft.graph.downloadUrl")]
    public string? DownloadUrl { get; set; }
}

/// <summary>An identity set.</summary>
public sealed class FullIdentitySet
{
    /// <summary>The user.</summary>
    [JsonPropertyName("user")]
    public FullIdentity? User { get; set; }
}

/// <summary>An identity.</summary>
public sealed class FullIdentity
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>The ID.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}

/// <summary>A parent reference.</summary>
public sealed class FullParent
{
    /// <summary>The drive ID.</summary>
    [JsonPropertyName("driveId")]
    public string? DriveId { get; set; }

    /// <summary>The drive type.</summary>
    [JsonPropertyName("driveType")]
    public string? DriveType { get; set; }

    /// <summary>The parent's ID.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The parent's path.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; set; }
}

/// <summary>Client-side times.</summary>
public sealed class FullFileSystemInfo
{
    /// <summary>The creation time.</summary>
    [JsonPropertyName("createdDateTime")]
    public DateTimeOffset CreatedDateTime { get; set; }

    /// <summary>The last change.</summary>
    [JsonPropertyName("lastModifiedDateTime")]
    public DateTimeOffset LastModifiedDateTime { get; set; }
}

/// <summary>The file facet.</summary>
public sealed class FullFile
{
    /// <summary>The MIME type.</summary>
    [JsonPropertyName("mimeType")]
    public string? MimeType { get; set; }

    /// <summary>The hashes.</summary>
    [JsonPropertyName("hashes")]
    public FullHashes? Hashes { get; set; }
}

/// <summary>The file hashes.</summary>
public sealed class FullHashes
{
    /// <summary>SHA-1 in hex.</summary>
    [JsonPropertyName("sha1Hash")]
    public string? Sha1Hash { get; set; }

    /// <summary>SHA-256 in hex.</summary>
    [JsonPropertyName("sha256Hash")]
    public string? Sha256Hash { get; set; }
}

/// <summary>The folder facet.</summary>
public sealed class FullFolder
{
    /// <summary>The number of children.</summary>
    [JsonPropertyName("childCount")]
    public int ChildCount { get; set; }
}

/// <summary>Source-generated JSON metadata of the fully shaped baseline.</summary>
[JsonSerializable(typeof(FullPage))]
internal sealed partial class FullListingJson : JsonSerializerContext
{
}
