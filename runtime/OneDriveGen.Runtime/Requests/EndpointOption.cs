using System;
using System.Collections.Generic;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace OneDriveGen.Runtime.Requests;

/// <summary>
/// Describes the spec endpoint a request was built for. Generated builders attach it to every request so the
/// runtime's handlers can act on the endpoint's behaviours (redirects, paging, long-running work) and scopes.
/// </summary>
public sealed class EndpointOption : IRequestOption
{
    /// <summary>Creates the description of one spec endpoint.</summary>
    /// <param name="name">The endpoint's name in the spec.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="behaviors">The endpoint's declared behaviours.</param>
    /// <param name="scopes">The delegated scopes that allow the call.</param>
    /// <param name="errorMapping">The spec's error model, so that the runtime's helpers (paging, transfers) throw the
    /// same generated error type as the builder that made the request.</param>
    public EndpointOption(string name, string method, EndpointBehaviors behaviors, IReadOnlyList<string> scopes, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Method = method ?? throw new ArgumentNullException(nameof(method));
        Behaviors = behaviors;
        Scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));
        ErrorMapping = errorMapping;
    }

    /// <summary>The endpoint's name in the spec, such as <c>listChildren</c>.</summary>
    public string Name { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The endpoint's declared behaviours.</summary>
    public EndpointBehaviors Behaviors { get; }

    /// <summary>The delegated permission scopes that allow the call, least privileged first.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The error mapping of the spec's error model (what Kiota's SendAsync takes), or null when the spec has none.</summary>
    public Dictionary<string, ParsableFactory<IParsable>>? ErrorMapping { get; }

    /// <summary>The error mapping of the endpoint <paramref name="request"/> was built for, if a generated builder built it.</summary>
    public static Dictionary<string, ParsableFactory<IParsable>>? ErrorMappingOf(RequestInformation request) =>
        request?.GetRequestOption<EndpointOption>()?.ErrorMapping;
}
