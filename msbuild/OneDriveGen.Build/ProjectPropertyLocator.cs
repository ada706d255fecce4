using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace OneDriveGen.Build;

/// <summary>
/// Reads a project file once: where each property is set, so an error points at the line a developer edits (the
/// last assignment wins, as in MSBuild), and every value in it, for the secret rules.
/// </summary>
internal sealed class ProjectPropertyLocator
{
    private readonly string _projectFile;
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.OrdinalIgnoreCase);

    public ProjectPropertyLocator(string projectFile)
    {
        _projectFile = projectFile;
        Secrets = new ProjectFileSecrets(projectFile);
        if (string.IsNullOrEmpty(projectFile) || !File.Exists(projectFile))
        {
            return;
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
                    _locations[element] = At(lineInfo);
                    ReadAttributes(reader, lineInfo);
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    Secrets.AddText(element, reader.Value, At(lineInfo));
                }
            }
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            // MSBuild has already reported a malformed project; findings fall back to naming the file.
        }
    }

    /// <summary>The project's values, for the secret rules.</summary>
    public ProjectFileSecrets Secrets { get; }

    /// <summary>Where <paramref name="propertyName"/> was last set, or the project file alone when it was not found.</summary>
    public SourceLocation Find(string propertyName) =>
        _locations.TryGetValue(propertyName, out var location) ? location : SourceLocation.FileOnly(_projectFile);

    private void ReadAttributes(XmlReader reader, IXmlLineInfo lineInfo)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            Secrets.AddAttribute(reader.LocalName, reader.Value, At(lineInfo));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private SourceLocation At(IXmlLineInfo lineInfo) => new(_projectFile, lineInfo.LineNumber, lineInfo.LinePosition);
}
