using System;
using System.Numerics;
using OneDriveGen.Runtime.Drive;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>quickXorHash against published vectors and against its bit-level definition, whole and in pieces.</summary>
public class QuickXorHashTests
{
    [Theory]
    [MemberData(nameof(QuickXorVectors.Published), MemberType = typeof(QuickXorVectors))]
    public void MatchesThePublishedVectors(string content, string expected)
    {
        Assert.Equal(expected, QuickXorHash.ToBase64(Convert.FromBase64String(content)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    [InlineData(159)]
    [InlineData(160)]
    [InlineData(161)]
    [InlineData(1000)]
    [InlineData(10_007)]
    public void MatchesTheBitLevelDefinitionWholeAndInOddPieces(int length)
    {
        var random = new Random(length);
        var data = new byte[length];
        random.NextBytes(data);
        var pieces = new QuickXorHash();
        for (var offset = 0; offset < length;)
        {
            var count = Math.Min(random.Next(1, 400), length - offset);
            pieces.Append(data.AsSpan(offset, count));
            offset += count;
        }

        var expected = Convert.ToBase64String(Definition(data));
        Assert.Equal(expected, QuickXorHash.ToBase64(data));
        Assert.Equal(expected, Convert.ToBase64String(pieces.GetHashAndReset()));
        Assert.Equal("AAAAAAAAAAAAAAAAAAAAAAAAAAA=", Convert.ToBase64String(pieces.GetHashAndReset()));
    }

    // Byte n XORed into a 160-bit circular register at bit 11n mod 160; the length XORed into the last 8 bytes.
    private static byte[] Definition(byte[] data)
    {
        var full = (BigInteger.One << 160) - 1;
        var register = BigInteger.Zero;
        for (var n = 0; n < data.Length; n++)
        {
            var shifted = new BigInteger(data[n]) << (int)(11L * n % 160);
            register ^= (shifted | (shifted >> 160)) & full;
        }

        var bytes = new byte[20];
        register.ToByteArray(isUnsigned: true, isBigEndian: false).CopyTo(bytes, 0);
        var length = BitConverter.GetBytes((long)data.Length);
        for (var i = 0; i < 8; i++)
        {
            bytes[12 + i] ^= length[i];
        }

        return bytes;
    }
}
