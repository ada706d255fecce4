using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace OneDriveGen.Build;

/// <summary>
/// Finds where properties are set in a project or props file, so an error points at the line a developer edits.
/// The file is read once for every property; the last assignment wins, as in MSBuild.
/// </summary>
internal sealed class ProjectPropertyLocator
{
    private readonly string _projectFile;
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.OrdinalIgnoreCase);

    public ProjectPropertyLocator(string projectFile)
    {
        _projectFile = projectFile;
        if (string.IsNullOrEmpty(projectFile) || !File.Exists(projectFile))
        {
            return;
        }

        try
        {
            using var reader = XmlReader.Create(projectFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    _locations[reader.LocalName] = new SourceLocation(projectFile, lineInfo.LineNumber, lineInfo.LinePosition);
                }
            }
        }
        catch (XmlException)
        {
            // MSBuild has already reported a malformed project; findings fall back to naming the file.
        }
    }

    /// <summary>Where <paramref name="propertyName"/> was last set, or the project file alone when it was not found.</summary>
    public SourceLocation Find(string propertyName) =>
        _locations.TryGetValue(propertyName, out var location) ? location : SourceLocation.FileOnly(_projectFile);
}
