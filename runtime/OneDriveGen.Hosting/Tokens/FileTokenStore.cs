using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>
/// Tokens in a file, for CLIs and desktop apps: the content is protected with ASP.NET Core Data Protection (never
/// plain text), written atomically (a temporary file renamed over the old one) with owner-only permissions on Unix,
/// and read-modify-write runs under a lock file so two processes never lose each other's writes.
/// </summary>
public sealed class FileTokenStore : ITokenStore
{
    private const string Purpose = "OneDriveGen.TokenCache.v1";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);
    private readonly IDataProtector _protector;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the store at <paramref name="path"/>, protected by <paramref name="protection"/>.</summary>
    public FileTokenStore(string path, IDataProtectionProvider protection)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(protection);
        Path = System.IO.Path.GetFullPath(path);
        _protector = protection.CreateProtector(Purpose);
    }

    /// <summary>The cache file.</summary>
    public string Path { get; }

    /// <summary>
    /// A store whose Data Protection keys live in a "keys" folder beside the cache file (owner-only on Unix), for apps
    /// without their own Data Protection setup. Without <paramref name="keyEncryptionCertificate"/>, Linux and macOS
    /// keep those keys unencrypted (Windows protects them with DPAPI): the file permissions are then the protection.
    /// </summary>
    /// <param name="path">The cache file.</param>
    /// <param name="keyEncryptionCertificate">A certificate with its private key that encrypts the keys at rest.</param>
    public static FileTokenStore CreateDefault(string path, X509Certificate2? keyEncryptionCertificate = null) =>
        new(path, CreateDefaultProtection(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, keyEncryptionCertificate));

    /// <summary>
    /// The Data Protection of <see cref="CreateDefault"/> for a cache in <paramref name="directory"/>, for other files
    /// kept beside it (a pending sign-in's PKCE verifier): keys in <c>directory/keys</c>, both folders created
    /// owner-only, the keys encrypted at rest with <paramref name="keyEncryptionCertificate"/> when one is given.
    /// </summary>
    public static IDataProtectionProvider CreateDefaultProtection(string directory, X509Certificate2? keyEncryptionCertificate = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var keys = System.IO.Path.Combine(directory, "keys");
        CreateOwnerOnlyDirectory(directory);
        CreateOwnerOnlyDirectory(keys);
        var services = new ServiceCollection();
        var protection = services.AddDataProtection().SetApplicationName("OneDriveGen").PersistKeysToFileSystem(new DirectoryInfo(keys));
        if (keyEncryptionCertificate is not null)
        {
            protection.ProtectKeysWithCertificate(keyEncryptionCertificate).UnprotectKeysWithAnyCertificate(keyEncryptionCertificate);
        }

        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    /// <inheritdoc />
    public async ValueTask<Runtime.Tokens.TokenSet?> GetAsync(string account, CancellationToken cancellationToken = default)
    {
        var accounts = await ReadLockedAsync(cancellationToken).ConfigureAwait(false);
        return accounts.TryGetValue(account, out var tokens) ? tokens : null;
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string account, Runtime.Tokens.TokenSet tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return UpdateAsync(accounts => accounts[account] = tokens, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string account, CancellationToken cancellationToken = default) =>
        UpdateAsync(accounts => accounts.Remove(account), cancellationToken);

    private async ValueTask<Dictionary<string, Runtime.Tokens.TokenSet>> ReadLockedAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var fileLock = await FileLock.AcquireAsync(Path + ".lock", LockTimeout, cancellationToken).ConfigureAwait(false);
            return Read();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask UpdateAsync(Action<Dictionary<string, Runtime.Tokens.TokenSet>> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var fileLock = await FileLock.AcquireAsync(Path + ".lock", LockTimeout, cancellationToken).ConfigureAwait(false);
            var accounts = Read();
            change(accounts);
            Write(accounts);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Dictionary<string, Runtime.Tokens.TokenSet> Read()
    {
        if (!File.Exists(Path))
        {
            return new Dictionary<string, Runtime.Tokens.TokenSet>(StringComparer.Ordinal);
        }

        try
        {
            return TokenSetJson.Deserialize(_protector.Unprotect(File.ReadAllBytes(Path)));
        }
        catch (CryptographicException ex)
        {
            // Never guess: a cache that cannot be decrypted is reported, not silently replaced.
            throw new InvalidOperationException($"The token cache '{Path}' cannot be decrypted (its Data Protection keys are missing or changed). Delete it and sign in again.", ex);
        }
    }

    private void Write(Dictionary<string, Runtime.Tokens.TokenSet> accounts)
    {
        var protectedBytes = _protector.Protect(TokenSetJson.Serialize(accounts));
        var temp = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            stream.Write(protectedBytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, Path, overwrite: true);
    }

    private static void CreateOwnerOnlyDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
