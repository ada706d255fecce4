using System;
using System.Collections.Generic;
using System.Linq;
using OneDriveGen.Emulator.Identity;

namespace OneDriveGen.Emulator.Graph;

/// <summary>
/// Delegated permissions as Graph's permission tables for driveItem give them ("driveItem: get", "… list children",
/// "… upload", "… update", "… delete" → Permissions): reads take any Files.Read* or Files.ReadWrite* (or Sites.*)
/// permission, writes a ReadWrite one; Files.ReadWrite.AppFolder reaches only the app's folder. A token with none of
/// them (User.Read, Mail.ReadWrite) gets 403 accessDenied, as from Graph.
/// </summary>
internal static class GraphPermissions
{
    private const string GraphResource = "https://graph.microsoft.com/";
    private const string AppFolder = "files.readwrite.appfolder";

    private static readonly string[] ReadScopes = { "files.read", "files.read.all", "files.readwrite", "files.readwrite.all", "sites.read.all", "sites.readwrite.all" };

    private static readonly string[] WriteScopes = { "files.readwrite", "files.readwrite.all", "sites.readwrite.all" };

    /// <summary>What <paramref name="scopes"/> allow, worked out once when a token is issued (not per request).</summary>
    public static GraphAccess Of(IReadOnlyList<string> scopes)
    {
        var normalized = scopes.Select(Normalize).ToList();
        var reads = normalized.Any(ReadScopes.Contains);
        var appFolder = normalized.Contains(AppFolder);
        return (reads || appFolder ? GraphAccess.Read : GraphAccess.None)
            | (normalized.Any(WriteScopes.Contains) || appFolder ? GraphAccess.Write : GraphAccess.None)
            | (appFolder && !reads ? GraphAccess.AppFolderOnly : GraphAccess.None);
    }

    /// <summary>Whether the token may read files (some, for an app-folder token).</summary>
    public static bool CanRead(AccessGrant grant) => grant.Access.HasFlag(GraphAccess.Read);

    /// <summary>Whether the token may change files.</summary>
    public static bool CanWrite(AccessGrant grant) => grant.Access.HasFlag(GraphAccess.Write);

    /// <summary>Whether the token reaches only the app's own folder (Files.ReadWrite.AppFolder and nothing wider).</summary>
    public static bool AppFolderOnly(AccessGrant grant) => grant.Access.HasFlag(GraphAccess.AppFolderOnly);

    // "https://graph.microsoft.com/Files.Read" and "files.read" are one permission; scopes compare without case.
    private static string Normalize(string scope) =>
        (scope.StartsWith(GraphResource, StringComparison.OrdinalIgnoreCase) ? scope[GraphResource.Length..] : scope).ToLowerInvariant();
}

/// <summary>What a token's Files permissions allow.</summary>
[Flags]
internal enum GraphAccess
{
    None = 0,
    Read = 1,
    Write = 2,
    AppFolderOnly = 4,
}
