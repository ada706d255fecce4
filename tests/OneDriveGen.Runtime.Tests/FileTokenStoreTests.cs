using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OneDriveGen.Runtime.Auth;
using OneDriveGen.Runtime.Tokens;
using Xunit;

namespace OneDriveGen.Runtime.Tests;

/// <summary>The file store: protected content, owner-only, atomic, safe between instances.</summary>
public sealed class FileTokenStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "odg-tokens-" + Guid.NewGuid().ToString("N"));

    private string CachePath => Path.Combine(_directory, "tokens.bin");

    private static TokenSet Tokens(string suffix) => new("EwA-access-" + suffix, "M.R3-refresh-" + suffix, DateTimeOffset.UtcNow.AddHours(1), new[] { "offline_access", "files.readwrite.all" }, "user-" + suffix);

    [Fact]
    public async Task RoundTripsAndNeverWritesPlainText()
    {
        var store = FileTokenStore.CreateDefault(CachePath);

        await store.SetAsync("alice", Tokens("1"));
        var again = await FileTokenStore.CreateDefault(CachePath).GetAsync("alice");

        Assert.Equal(Tokens("1") with { ExpiresAt = again!.ExpiresAt, Scopes = again.Scopes }, again);
        Assert.Equal(new[] { "offline_access", "files.readwrite.all" }, again.Scopes);
        var bytes = await File.ReadAllTextAsync(CachePath);
        Assert.DoesNotContain("refresh-1", bytes);
        Assert.DoesNotContain("access-1", bytes);
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }

    [Fact]
    public async Task FileIsOwnerOnly()
    {
        // CI and the developers' machines are Linux; on Windows the file's ACL is the user profile's.
        var store = FileTokenStore.CreateDefault(CachePath);

        await store.SetAsync("alice", Tokens("1"));

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CachePath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_directory, "keys")));
        }
    }

    [Fact]
    public async Task TwoInstancesWritingAtOnceLoseNothing()
    {
        var first = FileTokenStore.CreateDefault(CachePath);
        var second = FileTokenStore.CreateDefault(CachePath);

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 30; i++) { await first.SetAsync("a" + i, Tokens("a" + i)); } }),
            Task.Run(async () => { for (var i = 0; i < 30; i++) { await second.SetAsync("b" + i, Tokens("b" + i)); } }));

        var reader = FileTokenStore.CreateDefault(CachePath);
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal("M.R3-refresh-a" + i, (await reader.GetAsync("a" + i))!.RefreshToken);
            Assert.Equal("M.R3-refresh-b" + i, (await reader.GetAsync("b" + i))!.RefreshToken);
        }
    }

    [Fact]
    public async Task UndecryptableCacheIsReportedNotReplaced()
    {
        var store = FileTokenStore.CreateDefault(CachePath);
        await store.SetAsync("alice", Tokens("1"));
        Directory.Delete(Path.Combine(_directory, "keys"), recursive: true);
        var before = await File.ReadAllBytesAsync(CachePath);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await FileTokenStore.CreateDefault(CachePath).GetAsync("alice"));

        Assert.Contains(CachePath, error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(CachePath));
    }

    [Fact]
    public async Task RemoveForgetsOneAccount()
    {
        var store = FileTokenStore.CreateDefault(CachePath);
        await store.SetAsync("alice", Tokens("1"));
        await store.SetAsync("bob", Tokens("2"));

        await store.RemoveAsync("alice");

        Assert.Null(await store.GetAsync("alice"));
        Assert.NotNull(await store.GetAsync("bob"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
