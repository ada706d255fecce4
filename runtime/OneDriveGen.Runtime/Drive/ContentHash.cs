using System;
using System.Security.Cryptography;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// The one hash a download is checked against, computed as the bytes arrive: quickXorHash when the service reports
/// it (every OneDrive does, and it costs one XOR per byte), else SHA-1, else SHA-256.
/// </summary>
internal sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash? _sha;
    private readonly QuickXorHash? _quickXor;

    private ContentHash(string name, string expected, IncrementalHash? sha, QuickXorHash? quickXor)
    {
        Name = name;
        Expected = expected;
        _sha = sha;
        _quickXor = quickXor;
    }

    /// <summary>The hash's name as a message shows it.</summary>
    public string Name { get; }

    /// <summary>The value the service reports.</summary>
    public string Expected { get; }

    /// <summary>The hash to check for the hashes <paramref name="item"/> reports; null when none is reported.</summary>
    public static ContentHash? For(DownloadableItem item) => item switch
    {
        { QuickXorHash: { Length: > 0 } quickXor } => new("quickXorHash", quickXor, null, new QuickXorHash()),
        { Sha1Hash: { Length: > 0 } sha1 } => new("SHA-1", sha1, IncrementalHash.CreateHash(HashAlgorithmName.SHA1), null),
        { Sha256Hash: { Length: > 0 } sha256 } => new("SHA-256", sha256, IncrementalHash.CreateHash(HashAlgorithmName.SHA256), null),
        _ => null,
    };

    /// <summary>Adds the next bytes received.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        _sha?.AppendData(data);
        _quickXor?.Append(data);
    }

    /// <summary>Whether everything appended hashes to <see cref="Expected"/> (hex for SHA, base64 for quickXorHash).</summary>
    public bool Matches() => _sha is not null
        ? string.Equals(Convert.ToHexString(_sha.GetHashAndReset()), Expected, StringComparison.OrdinalIgnoreCase)
        : string.Equals(Convert.ToBase64String(_quickXor!.GetHashAndReset()), Expected, StringComparison.Ordinal);

    public void Dispose() => _sha?.Dispose();
}
