using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace OneDriveGen.Build.Tests;

/// <summary>An <see cref="IBuildEngine"/> that keeps what the task logs, as MSBuild would print it.</summary>
public sealed class RecordingBuildEngine : IBuildEngine
{
    /// <summary>Errors logged.</summary>
    public List<BuildErrorEventArgs> Errors { get; } = new();

    /// <summary>Warnings logged.</summary>
    public List<BuildWarningEventArgs> Warnings { get; } = new();

    /// <summary>Messages logged.</summary>
    public List<BuildMessageEventArgs> Messages { get; } = new();

    /// <inheritdoc />
    public bool ContinueOnError => false;

    /// <inheritdoc />
    public int LineNumberOfTaskNode => 0;

    /// <inheritdoc />
    public int ColumnNumberOfTaskNode => 0;

    /// <inheritdoc />
    public string ProjectFileOfTaskNode => "test.csproj";

    /// <inheritdoc />
    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    /// <inheritdoc />
    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    /// <inheritdoc />
    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    /// <inheritdoc />
    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    /// <inheritdoc />
    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
}
