using System;
using System.ComponentModel;

namespace OneDriveGen.Runtime.Generated;

/// <summary>Helpers for values written inside OData function calls, such as <c>search(q='…')</c>. Called by generated code; not part of the API users are meant to call.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ODataLiteral
{
    /// <summary>Doubles single quotes so the value stays one OData string literal; the URI template then
    /// percent-encodes it.</summary>
    public static string EscapeString(string value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        return value.Replace("'", "''");
    }
}
