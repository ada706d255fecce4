using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Tokens;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>
/// The file store's Data Protection keys at rest: in plain XML on Linux unless a certificate encrypts them (said
/// plainly in docs/authentication.md), encrypted with one when it is given.
/// </summary>
public sealed class KeyEncryptionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "odg-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_certificate_encrypts_the_keys_and_the_tokens_still_round_trip()
    {
        using var certificate = SelfSigned();
        var path = Path.Combine(_folder, "tokens.bin");
        var tokens = new TokenSet("access-secret", "refresh-secret", DateTimeOffset.UtcNow.AddHours(1), new[] { "files.readwrite" });

        await FileTokenStore.CreateDefault(path, certificate).SetAsync("ada", tokens);
        var read = await FileTokenStore.CreateDefault(path, certificate).GetAsync("ada");
        var key = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(_folder, "keys"), "key-*.xml").Single());

        Assert.Equal("refresh-secret", read?.RefreshToken);
        Assert.Contains("encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted form", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_certificate_Linux_keys_are_plain_and_only_the_permissions_protect_them()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // DPAPI protects them there
        }

        await FileTokenStore.CreateDefault(Path.Combine(_folder, "tokens.bin")).SetAsync("ada", new TokenSet("a", "r", DateTimeOffset.UtcNow.AddHours(1), Array.Empty<string>()));
        var keys = Path.Combine(_folder, "keys");
        var key = await File.ReadAllTextAsync(Directory.GetFiles(keys, "key-*.xml").Single());

        Assert.Contains("unencrypted form", key, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OneDriveGen token keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
