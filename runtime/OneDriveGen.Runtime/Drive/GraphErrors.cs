using System.Collections.Generic;
using Microsoft.Kiota.Abstractions.Serialization;
using OneDriveGen.Runtime.OneDrive.Models;

namespace OneDriveGen.Runtime.Drive;

/// <summary>Graph errors read into the generated <see cref="ODataError"/>, as the generated builders map them.</summary>
internal static class GraphErrors
{
    public static Dictionary<string, ParsableFactory<IParsable>> Mapping { get; } = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };
}
