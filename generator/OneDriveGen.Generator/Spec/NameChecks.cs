using System;
using System.Collections.Generic;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Json;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Generator.Spec;

/// <summary>Checks on names and hosts that several parts of the spec share.</summary>
internal static class NameChecks
{
    /// <summary>PascalCase identifier for <paramref name="name"/>; reports ODG1009 when none can be made.</summary>
    public static string Pascal(SpecReadContext context, JsonPosition start, JsonPosition end, string name)
    {
        var identifier = Identifiers.ToPascal(name);
        if (!Identifiers.IsValid(identifier))
        {
            var reason = identifier.Length == 0 ? "it has no letters or digits" : $"'{identifier}' must start with a letter or '_'";
            context.Report(SpecDiagnostics.InvalidIdentifier, start, end, name, reason);
        }

        return identifier;
    }

    public static string Pascal(SpecReadContext context, JsonNode node, string name) =>
        Pascal(context, node.Start, node.End, name);

    public static string Pascal(SpecReadContext context, JsonProperty property) =>
        Pascal(context, property.KeyStart, property.KeyEnd, property.Name);

    /// <summary>Reports ODG1009 when <paramref name="identifier"/> is already taken in the generated <paramref name="type"/>.</summary>
    public static void NotTaken(SpecReadContext context, JsonPosition start, JsonPosition end, string name, string identifier, ICollection<string> taken, string type)
    {
        if (taken.Contains(identifier))
        {
            context.Report(SpecDiagnostics.InvalidIdentifier, start, end, name, $"'{identifier}' is already a member or the name of the generated {type}; rename it");
        }
    }

    /// <summary>Reports ODG1008 for a non-https, non-loopback URL and ODG1010 for api.onedrive.com.</summary>
    public static void CheckHost(SpecReadContext context, JsonNode node, string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            context.Report(SpecDiagnostics.NotAnAbsoluteUrl, node, url, "https://host/path");
            return;
        }

        var scheme = url.Substring(0, schemeEnd).ToLowerInvariant();
        var hostStart = schemeEnd + 3;
        var hostEnd = hostStart;
        while (hostEnd < url.Length && url[hostEnd] != '/' && url[hostEnd] != '?' && url[hostEnd] != '#')
        {
            hostEnd++;
        }

        var authority = url.Substring(hostStart, hostEnd - hostStart).ToLowerInvariant();
        var host = StripPort(authority);
        if (host.Length == 0 || host.IndexOf('@') >= 0)
        {
            // "https://" or "https:///v1.0" would generate requests to nowhere; user info has no place in an API base.
            context.Report(SpecDiagnostics.NotAnAbsoluteUrl, node, url, "https://graph.microsoft.com/v1.0");
            return;
        }

        if (scheme != "https" && !Loopback.IsLoopbackHost(host))
        {
            context.Report(SpecDiagnostics.InsecureHost, node, url, scheme);
        }

        if (host == "api.onedrive.com")
        {
            context.Report(SpecDiagnostics.LegacyOneDriveApi, node, url);
        }
    }

    private static string StripPort(string authority)
    {
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            return close > 0 ? authority.Substring(0, close + 1) : authority;
        }

        var colon = authority.LastIndexOf(':');
        return colon >= 0 ? authority.Substring(0, colon) : authority;
    }
}
