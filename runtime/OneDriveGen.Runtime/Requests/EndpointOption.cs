using System;
using System.Collections.Generic;
using Microsoft.Kiota.Abstractions;

namespace OneDriveGen.Runtime.Requests;

/// <summary>
/// Describes the spec endpoint a request was built for. Generated builders attach it to every request so the
/// runtime's handlers can act on the endpoint's behaviours (redirects, paging, long-running work) and scopes.
/// </summary>
public sealed class EndpointOption : IRequestOption
{
    /// <summary>Creates the description of one spec endpoint.</summary>
    public EndpointOption(string name, string method, EndpointBehaviors behaviors, IReadOnlyList<string> scopes)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Method = method ?? throw new ArgumentNullException(nameof(method));
        Behaviors = behaviors;
        Scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));
    }

    /// <summary>The endpoint's name in the spec, such as <c>listChildren</c>.</summary>
    public string Name { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The endpoint's declared behaviours.</summary>
    public EndpointBehaviors Behaviors { get; }

    /// <summary>The delegated permission scopes that allow the call, least privileged first.</summary>
    public IReadOnlyList<string> Scopes { get; }
}
