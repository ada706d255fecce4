using System;

namespace OneDriveGen.Runtime.Addressing;

/// <summary>Helpers for values written inside OData function calls, such as <c>search(q='…')</c>.</summary>
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
