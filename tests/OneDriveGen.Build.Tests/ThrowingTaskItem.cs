using System;
using System.Collections;
using Microsoft.Build.Framework;

namespace OneDriveGen.Build.Tests;

/// <summary>A task item whose metadata cannot be read, to drive the task's unexpected-failure path.</summary>
public sealed class ThrowingTaskItem : ITaskItem
{
    /// <inheritdoc />
    public string ItemSpec { get; set; } = "broken";

    /// <inheritdoc />
    public ICollection MetadataNames => Array.Empty<string>();

    /// <inheritdoc />
    public int MetadataCount => 0;

    /// <inheritdoc />
    public IDictionary CloneCustomMetadata() => new Hashtable();

    /// <inheritdoc />
    public void CopyMetadataTo(ITaskItem destinationItem)
    {
    }

    /// <inheritdoc />
    public string GetMetadata(string metadataName) => throw new InvalidOperationException("metadata unavailable");

    /// <inheritdoc />
    public void RemoveMetadata(string metadataName)
    {
    }

    /// <inheritdoc />
    public void SetMetadata(string metadataName, string metadataValue)
    {
    }
}
