using System;
using System.Numerics;
using OneDriveGen.Runtime.Drive;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>quickXorHash against published vectors and against its bit-level definition, whole and in pieces.</summary>
public class QuickXorHashTests
{
    // Published test vectors of the algorithm (content and hash, both base64), as other OneDrive clients use them.
    [Theory]
    [InlineData("", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("Sg==", "SgAAAAAAAAAAAAAAAQAAAAAAAAA=")]
    [InlineData("tbQ=", "taAFAAAAAAAAAAAAAgAAAAAAAAA=")]
    [InlineData("T6LYJIfDh81JrAK309H2JMJTXis=", "zBTHrspn3mEcohlJdIUAbjGNaNg=")]
    [InlineData("DWAAX5/CIfrmErgZa8ot6ZraeSbu", "LR2Z0PjuRYGKQB/mhQAuMrAGZbQ=")]
    [InlineData("Mb7EGva2rEE5fENDL85P+BsapHEEjv2/siVhKjvAQe02feExVOQSkfmuYzU/kTF1MaKjPmKF/w+cbvwfdWL8aQ==", "n1anP5NfvD4XDYWIeRPW3ZkPv1Y=")]
    [InlineData("PfxMcUd0vIW6VbHG/uj/Y0W6qEoKmyBD0nYebEKazKaKG+UaDqBEcmQjbfQeVnVLuodMoPp7P7TR1htX5n2VnkHh22xDyoJ8C/ZQKiSNqQfXvh83judf4RVr9exJCud8Uvgip6aVZTaPrJHVjQhMCp/dEnGvqg0oN5OVkM2qqAXvA0teKUDhgNM71sDBVBCGXxNOR2bpbD1iM4dnuT0ey4L+loXEHTL0fqMeUcEi2asgImnlNakwenDzz0x57aBwyq3AspCFGB1ncX4yYCr/OaCcS5OKi/00WH+wNQU3", "QX/YEpG0gDsmhEpCdWhsxDzsfVE=")]
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
