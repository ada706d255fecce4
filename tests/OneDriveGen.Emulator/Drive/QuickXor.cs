using System;

namespace OneDriveGen.Emulator.Drive;

/// <summary>
/// OneDrive's quickXorHash, written for the emulator alone: an oracle that shared the client's implementation
/// could not catch that implementation's mistakes. Byte n is XORed into a 160-bit register at bit (11·n) mod 160,
/// wrapping across its end; the length, as 64-bit little-endian, is XORed into the last 8 of the 20 bytes.
/// </summary>
internal sealed class QuickXor
{
    private const int WidthBytes = 20;
    private const int WidthBits = WidthBytes * 8;
    private const int Shift = 11;

    private readonly byte[] _register = new byte[WidthBytes];
    private long _length;
    private int _bit;

    public void Append(ReadOnlySpan<byte> data)
    {
        foreach (var value in data)
        {
            var index = _bit >> 3;
            var offset = _bit & 7;
            _register[index] ^= (byte)(value << offset);
            if (offset != 0)
            {
                // 160 is a whole number of bytes, so the spill past byte 19 lands in byte 0.
                _register[(index + 1) % WidthBytes] ^= (byte)(value >> (8 - offset));
            }

            _bit = (_bit + Shift) % WidthBits;
        }

        _length += data.Length;
    }

    /// <summary>The 20-byte hash, base64 as Graph reports it.</summary>
    public string Finish()
    {
        var hash = (byte[])_register.Clone();
        for (var i = 0; i < sizeof(long); i++)
        {
            hash[WidthBytes - sizeof(long) + i] ^= (byte)(_length >> (8 * i));
        }

        return Convert.ToBase64String(hash);
    }
}
