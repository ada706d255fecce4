using System;
using System.Numerics;

namespace OneDriveGen.Runtime.Drive;

/// <summary>
/// OneDrive's quickXorHash, the one hash every OneDrive reports (OneDrive for Business reports no other): a
/// 160-bit circular register into which byte <c>n</c> of the content is XORed at bit <c>(11·n) mod 160</c>, with
/// the content length (64-bit little-endian) XORed into its last eight bytes; sent as base64. Not cryptographic:
/// it detects transfer damage, not tampering.
/// </summary>
public sealed class QuickXorHash
{
    /// <summary>The size of the hash in bytes.</summary>
    public const int HashSize = WidthInBits / 8;

    private const int WidthInBits = 160;
    private const int Shift = 11;

    // Byte n always lands at the same bit offset as byte n + 160 (11·160 is a multiple of 160), so the content is
    // folded into 160 byte-sized columns first, one XOR per byte, and the columns are placed in the register once.
    private readonly byte[] _columns = new byte[WidthInBits];
    private int _column;
    private long _length;

    /// <summary>Adds the next bytes of the content.</summary>
    /// <param name="data">The bytes, in order.</param>
    public void Append(ReadOnlySpan<byte> data)
    {
        _length += data.Length;
        while (!data.IsEmpty)
        {
            var count = Math.Min(WidthInBits - _column, data.Length);
            Xor(_columns.AsSpan(_column, count), data[..count]);
            _column = (_column + count) % WidthInBits;
            data = data[count..];
        }
    }

    /// <summary>The hash of everything appended so far, and a fresh start for the next content.</summary>
    /// <returns>The 20 bytes of the hash.</returns>
    public byte[] GetHashAndReset()
    {
        var register = new byte[HashSize];
        for (var column = 0; column < WidthInBits; column++)
        {
            var value = _columns[column];
            if (value == 0)
            {
                continue;
            }

            var bit = column * Shift % WidthInBits;
            var spread = value << (bit % 8);
            register[bit / 8] ^= (byte)spread;
            register[((bit / 8) + 1) % HashSize] ^= (byte)(spread >> 8);
        }

        var length = _length;
        for (var i = 0; i < sizeof(long); i++)
        {
            register[HashSize - sizeof(long) + i] ^= (byte)(length >> (8 * i));
        }

        Array.Clear(_columns);
        _column = 0;
        _length = 0;
        return register;
    }

    /// <summary>The hash of <paramref name="data"/> as OneDrive writes it (base64).</summary>
    /// <param name="data">The whole content.</param>
    public static string ToBase64(ReadOnlySpan<byte> data)
    {
        var hash = new QuickXorHash();
        hash.Append(data);
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    private static void Xor(Span<byte> target, ReadOnlySpan<byte> source)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= source.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                (new Vector<byte>(target[i..]) ^ new Vector<byte>(source[i..])).CopyTo(target[i..]);
            }
        }

        for (; i < source.Length; i++)
        {
            target[i] ^= source[i];
        }
    }
}
