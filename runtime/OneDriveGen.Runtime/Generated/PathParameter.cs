using System;
using System.ComponentModel;

namespace OneDriveGen.Runtime.Generated;

/// <summary>Guards for opaque single-segment path parameters such as drive and item IDs. Called by generated code; not part of the API users are meant to call.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PathParameter
{
    /// <summary>
    /// Returns <paramref name="value"/> unchanged when it is usable as one path segment. The URI template's
    /// simple expansion then percent-encodes it, so <c>!</c> is sent as <c>%21</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is null, empty or whitespace.</exception>
    public static string RequireSegment(string value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException("The value must not be empty or whitespace.", parameterName);
        }

        return value;
    }
}
