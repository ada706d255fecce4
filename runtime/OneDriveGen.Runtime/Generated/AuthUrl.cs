using System;
using System.Collections.Generic;
using System.Text;
using OneDriveGen.Common.Registration;
using System.ComponentModel;

namespace OneDriveGen.Runtime.Generated;

/// <summary>Builds the identity URLs of a spec's auth section from its variables. Called by generated code; not part of the API users are meant to call.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AuthUrl
{
    /// <summary>
    /// Checks a host variable such as <c>https://login.microsoftonline.com</c> and returns it without a trailing
    /// <c>/</c>. Only https is accepted, except for loopback hosts (an emulator).
    /// </summary>
    /// <exception cref="ArgumentException">The value is not an absolute http(s) URL, or is plain http to a
    /// non-loopback host.</exception>
    public static string RequireBaseUrl(string value, string variableName)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{variableName}' must be an absolute https URL; got '{value}'.", variableName);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !Loopback.IsLoopbackHost(uri.Host))
        {
            throw new ArgumentException(
                $"'{variableName}' must use https; plain http is only allowed for loopback hosts such as an emulator.",
                variableName);
        }

        return value.TrimEnd('/');
    }

    /// <summary>Escapes one path segment of an identity URL, such as the tenant.</summary>
    public static string EscapeSegment(string value, string variableName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{variableName}' must not be empty.", variableName);
        }

        return DrivePathEncoder.EscapeSegment(value);
    }

    /// <summary>Appends <paramref name="parameters"/> as a query string (RFC 3986 percent-encoding).</summary>
    public static Uri WithQuery(string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var builder = new StringBuilder(url);
        var separator = url.IndexOf('?') >= 0 ? '&' : '?';
        foreach (var parameter in parameters)
        {
            builder.Append(separator)
                .Append(Uri.EscapeDataString(parameter.Key))
                .Append('=')
                .Append(Uri.EscapeDataString(parameter.Value));
            separator = '&';
        }

        return new Uri(builder.ToString());
    }
}
