using Xunit;

namespace OneDriveGen.Package.Tests;

/// <summary>One pack for every packaging test class, which then run one after another (each spawns real builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "packed feed";
}
