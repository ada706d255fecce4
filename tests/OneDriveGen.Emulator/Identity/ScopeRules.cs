using System;
using System.Collections.Generic;
using System.Linq;

namespace OneDriveGen.Emulator.Identity;

/// <summary>
/// Which scope values the identity endpoints accept. A value that is not an RFC 6749 scope token (§3.3: printable
/// ASCII without space, '"' or '\') or names no permission the emulated resources have is <c>invalid_scope</c>
/// AADSTS70011, as at Microsoft ("Microsoft identity platform and OAuth 2.0 authorization code flow": error codes).
/// </summary>
internal static class ScopeRules
{
    private const string GraphResource = "https://graph.microsoft.com/";

    /// <summary>OpenID Connect scopes, which go with any resource.</summary>
    public static readonly string[] OpenIdScopes = { "openid", "profile", "email", "offline_access" };

    // Graph's delegated permissions a drive app asks for (and the common neighbours), plus the legacy Live scopes
    // login.live.com still honours.
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "Files.Read", "Files.Read.All", "Files.ReadWrite", "Files.ReadWrite.All", "Files.ReadWrite.AppFolder", "Files.Read.Selected", "Files.ReadWrite.Selected",
        "Sites.Read.All", "Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All",
        "User.Read", "User.ReadBasic.All", "User.Read.All", "Mail.Read", "Mail.ReadWrite", "Mail.Send",
        "Calendars.Read", "Calendars.ReadWrite", "Contacts.Read", "Contacts.ReadWrite", ".default",
        "wl.offline_access", "wl.signin", "wl.basic", "onedrive.readonly", "onedrive.readwrite", "onedrive.appfolder",
    };

    /// <summary>The first scope that is malformed or unknown, or null.</summary>
    public static string? FirstInvalid(IEnumerable<string> scopes) =>
        scopes.FirstOrDefault(s => !IsToken(s) || !IsKnown(s));

    /// <summary>The AADSTS code of an invalid scope.</summary>
    public const int InvalidScopeCode = 70011;

    /// <summary>Microsoft's description for <paramref name="scope"/> (after the AADSTS prefix).</summary>
    public static string InvalidScopeMessage(string scope) =>
        $"The provided value for the input parameter 'scope' is not valid. The scope '{scope}' is not valid.";

    /// <summary>Whether <paramref name="scope"/> is an OpenID Connect scope.</summary>
    public static bool IsOpenId(string scope) => OpenIdScopes.Contains(scope, StringComparer.OrdinalIgnoreCase);

    private static bool IsKnown(string scope) =>
        IsOpenId(scope) || Known.Contains(scope.StartsWith(GraphResource, StringComparison.OrdinalIgnoreCase) ? scope[GraphResource.Length..] : scope);

    private static bool IsToken(string scope) => scope.Length > 0 && scope.All(c => c is >= '!' and <= '~' and not '"' and not '\\');
}
