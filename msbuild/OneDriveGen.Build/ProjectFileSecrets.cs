using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace OneDriveGen.Build;

/// <summary>
/// The text and attribute values of a project file, for the secret rules: a secret typed into a csproj is
/// committed just as surely as one in appsettings.json.
/// </summary>
internal sealed class ProjectFileSecrets : ISecretSource
{
    private readonly List<Setting> _allStrings = new();
    private readonly List<Setting> _secretValues = new();

    private ProjectFileSecrets(string file)
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

    /// <summary>Reads <paramref name="projectFile"/>; a missing or malformed file yields nothing (MSBuild reports it).</summary>
    public static ProjectFileSecrets Read(string projectFile)
    {
        var secrets = new ProjectFileSecrets(projectFile);
        if (string.IsNullOrEmpty(projectFile) || !System.IO.File.Exists(projectFile))
        {
            return secrets;
        }

        try
        {
            using var reader = XmlReader.Create(projectFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
            var lineInfo = (IXmlLineInfo)reader;
            var element = string.Empty;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    element = reader.LocalName;
                    secrets.ReadAttributes(reader, lineInfo);
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    var value = new Setting(element, reader.Value, new SourceLocation(projectFile, lineInfo.LineNumber, lineInfo.LinePosition));
                    secrets._allStrings.Add(value);
                    if (SecretKeys.IsSecretKey(element))
                    {
                        secrets._secretValues.Add(value);
                    }
                }
            }
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            // MSBuild has already read (or failed to read) this file and reports its own errors.
        }

        return secrets;
    }

    private void ReadAttributes(XmlReader reader, IXmlLineInfo lineInfo)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            _allStrings.Add(new Setting(reader.LocalName, reader.Value, new SourceLocation(File, lineInfo.LineNumber, lineInfo.LinePosition)));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }
}
