using System;
using System.Security.Cryptography;

namespace OneDriveGen.Emulator.Drive;

/// <summary>
/// The hashes a stored file reports, computed as its bytes pass once: SHA-256 and quickXorHash always, SHA-1 only up
/// to <see cref="BlobStore.Sha1Limit"/>.
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
        if (_length <= BlobStore.Sha1Limit)
        {
            _sha1.AppendData(data);
        }

        _sha256.AppendData(data);
        _quickXor.Append(data);
    }

    /// <summary>The blob at <paramref name="path"/> with everything appended as its content.</summary>
    public BlobInfo Finish(string path) => new(
        path,
        _length,
        _length <= BlobStore.Sha1Limit ? Convert.ToHexString(_sha1.GetHashAndReset()) : null,
        Convert.ToHexString(_sha256.GetHashAndReset()),
        _quickXor.Finish());

    public void Dispose()
    {
        _sha1.Dispose();
        _sha256.Dispose();
    }
}
