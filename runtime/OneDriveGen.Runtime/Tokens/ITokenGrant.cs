using System.Collections.Generic;

namespace OneDriveGen.Runtime.Tokens;

/// <summary>
/// One OAuth 2.0 token request, as generated from a spec grant: its <c>grant_type</c> and the form fields to
/// POST as <c>application/x-www-form-urlencoded</c>.
/// </summary>
public interface ITokenGrant
{
    /// <summary>The <c>grant_type</c> value, such as <c>authorization_code</c>.</summary>
    string GrantType { get; }

    /// <summary>Whether the grant carries a client secret (a confidential client).</summary>
    bool IsConfidential { get; }

    /// <summary>The form fields in a stable order, <c>grant_type</c> included; unset optional fields are left out.</summary>
    IReadOnlyList<KeyValuePair<string, string>> ToFormFields();
}
