using System;

namespace OneDriveGen.Generator.Json;

/// <summary>Raised inside <see cref="JsonParser"/> only, and turned into ODG1001 by its caller.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, JsonPosition position)
        : base(message)
    {
        Position = position;
    }

    public JsonPosition Position { get; }
}
