using System.Collections.Generic;

namespace OneDriveGen.Build;

/// <summary>
/// The text and attribute values of a project file, for the secret rules: a secret typed into a csproj is
/// committed just as surely as one in appsettings.json. Filled by <see cref="ProjectPropertyLocator"/>'s one pass.
/// </summary>
internal sealed class ProjectFileSecrets : ISecretSource
{
    private readonly List<Setting> _allStrings = new();
    private readonly List<Setting> _secretValues = new();

    public ProjectFileSecrets(string file)
    {
        File = file;
    }

    /// <summary>No project file: nothing to scan.</summary>
    public static ProjectFileSecrets None { get; } = new(string.Empty);

    /// <inheritdoc />
    public string File { get; }

    /// <inheritdoc />
    public IReadOnlyList<Setting> AllStrings => _allStrings;

    /// <inheritdoc />
    public IReadOnlyList<Setting> SecretValues => _secretValues;

    /// <summary>An element's text, which is a secret value when the element's name is secret-like.</summary>
    public void AddText(string element, string value, SourceLocation location)
    {
        var setting = new Setting(element, value, location);
        _allStrings.Add(setting);
        if (SecretKeys.IsSecretKey(element))
        {
            _secretValues.Add(setting);
        }
    }

    /// <summary>An attribute's value, scanned for the high-confidence pattern only.</summary>
    public void AddAttribute(string name, string value, SourceLocation location) => _allStrings.Add(new Setting(name, value, location));
}
