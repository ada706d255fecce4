using System;
using System.Security.Cryptography;
using System.Text;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// A person who can sign in to the emulator, with a drive of their own. Chosen on the sign-in page (or by
/// login_hint); every token is bound to one account, and /me/drive is that account's drive.
/// </summary>
/// <param name="Login">The sign-in name, such as emulator.user@outlook.com.</param>
/// <param name="DisplayName">The name Graph and the id_token show.</param>
public sealed record EmulatorAccount(string Login, string DisplayName)
{
    /// <summary>The account every emulator has, whose drive is <see cref="OneDriveEmulator.Drive"/>.</summary>
    public static EmulatorAccount Default { get; } = new(EmulatorUser.Email, EmulatorUser.Name);

    /// <summary>The object ID (oid claim, client_info's uid): fixed for the default account, derived for others.</summary>
    public string ObjectId => this == Default
        ? EmulatorUser.ObjectId
        : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(Login.ToLowerInvariant()))[..16]).ToString();
}
