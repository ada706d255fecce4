using System;

namespace OneDriveGen.Generator.Planning;

/// <summary>RFC 6570 variable names, written the way Kiota writes them.</summary>
internal static class UriTemplateNames
{
    /// <summary>
    /// Percent-encodes what the <c>varname</c> grammar disallows: <c>item-id</c> → <c>item%2Did</c>,
    /// <c>$select</c> → <c>%24select</c>.
    /// </summary>
    public static string Variable(string name) =>
        Uri.EscapeDataString(name).Replace("-", "%2D").Replace(".", "%2E").Replace("~", "%7E");
}
