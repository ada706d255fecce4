using System.Collections.Generic;

namespace OneDriveGen.Build;

/// <summary>A committed file's string values, for the secret rules (ODG2063–ODG2065).</summary>
internal interface ISecretSource
{
    /// <summary>The file the values are in.</summary>
    string File { get; }

    /// <summary>Every string value, for the high-confidence Entra secret pattern.</summary>
    IReadOnlyList<Setting> AllStrings { get; }

    /// <summary>The values under a secret-like key.</summary>
    IReadOnlyList<Setting> SecretValues { get; }
}
