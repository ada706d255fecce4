using System;
using System.Security.Cryptography;

namespace OneDriveGen.Emulator.Drive;

/// <summary>
/// The hashes of a stored file, computed as its bytes pass once: SHA-1 and quickXorHash for every size, as the
/// service reports them, and SHA-256 for the drive's own bookkeeping.
/// </summary>
internal sealed class BlobHashes : IDisposable
{
    private readonly IncrementalHash _sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly QuickXor _quickXor = new();
    private long _length;

    public void Append(ReadOnlySpan<byte> data)
    {
        _length += data.Length;
        _sha1.AppendData(data);

        _sha256.AppendData(data);
        _quickXor.Append(data);
    }

    /// <summary>The blob at <paramref name="path"/> with everything appended as its content.</summary>
    public BlobInfo Finish(string path) => new(
        path,
        _length,
        Convert.ToHexString(_sha1.GetHashAndReset()),
        Convert.ToHexString(_sha256.GetHashAndReset()),
        _quickXor.Finish());

    public void Dispose()
    {
        _sha1.Dispose();
        _sha256.Dispose();
    }
}
