using System;
using System.Collections.Generic;
using System.Linq;

namespace OneDriveGen.Generator.Spec;

/// <summary>
/// What an endpoint does beyond a plain request and response. Member names and values are those of the
/// runtime's <c>OneDriveGen.Runtime.Requests.EndpointBehaviors</c> (a test holds them equal), so the emitter
/// writes <c>EndpointBehaviors.{member}</c> without a spelling table.
/// </summary>
[Flags]
internal enum EndpointBehavior
{
    None = 0,
    RedirectsToContent = 1,
    LongRunning = 2,
    Paged = 4,
    Delta = 8,
}

/// <summary>The spec's spelling of each behaviour.</summary>
internal static class EndpointBehaviorNames
{
    private static readonly KeyValuePair<string, EndpointBehavior>[] ByName =
    {
        new("paged", EndpointBehavior.Paged),
        new("delta", EndpointBehavior.Delta),
        new("redirectsToContent", EndpointBehavior.RedirectsToContent),
        new("longRunning", EndpointBehavior.LongRunning),
    };

    /// <summary>Every spelling the spec accepts.</summary>
    public static IEnumerable<string> All => ByName.Select(p => p.Key);

    public static EndpointBehavior? Find(string name) =>
        ByName.Where(p => p.Key == name).Select(p => (EndpointBehavior?)p.Value).FirstOrDefault();

    /// <summary>The flags set in <paramref name="behaviors"/>, in declaration order.</summary>
    public static IEnumerable<EndpointBehavior> Each(EndpointBehavior behaviors) =>
        ((EndpointBehavior[])Enum.GetValues(typeof(EndpointBehavior))).Where(b => b != EndpointBehavior.None && behaviors.HasFlag(b));

    /// <summary>The spec's spelling of one behaviour.</summary>
    public static string Of(EndpointBehavior behavior) => ByName.First(p => p.Value == behavior).Key;
}
