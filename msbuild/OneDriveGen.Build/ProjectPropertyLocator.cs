using System;
using System.IO;
using System.Xml;

namespace OneDriveGen.Build;

/// <summary>
/// Finds where a property is set in a project or props file, so an error points at the line a developer edits.
/// The last assignment wins in MSBuild, so the last one found is reported.
/// </summary>
internal static class ProjectPropertyLocator
{
    public static SourceLocation Find(string projectFile, string propertyName)
    {
        if (string.IsNullOrEmpty(projectFile) || !File.Exists(projectFile))
        {
            return SourceLocation.FileOnly(projectFile);
        }

        var found = SourceLocation.FileOnly(projectFile);
        try
        {
            using var reader = XmlReader.Create(projectFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && string.Equals(reader.LocalName, propertyName, StringComparison.OrdinalIgnoreCase))
                {
                    found = new SourceLocation(projectFile, lineInfo.LineNumber, lineInfo.LinePosition);
                }
            }
        }
        catch (XmlException)
        {
            // MSBuild has already reported a malformed project; fall back to naming the file.
        }

        return found;
    }
}
