using OneDriveGen.Generator.Infrastructure;

namespace OneDriveGen.Generator.Spec;

/// <summary>
/// A validated spec, free of locations so that moving text around in the JSON does not re-emit code.
/// Everything here is value-equatable.
/// </summary>
internal sealed record SpecModel(
    string Name,
    string Namespace,
    string Description,
    string BaseUrl,
    AuthModel? Auth,
    EquatableArray<PathParameterDef> PathParameters,
    EquatableArray<QueryParameterDef> QueryParameters,
    EquatableArray<EndpointDef> Endpoints,
    EquatableArray<ModelDef> Models,
    string? ErrorModel);

/// <summary>How a path parameter is put into the URL.</summary>
internal enum PathParameterKind
{
    /// <summary>An opaque value in one segment, simple expansion: <c>!</c> becomes <c>%21</c>.</summary>
    Id,

    /// <summary>A multi-segment path, each segment encoded once, <c>/</c> kept.</summary>
    Path,

    /// <summary>An OData string literal inside a function call: quotes doubled, then encoded.</summary>
    ODataString,
}

internal sealed record PathParameterDef(string Name, string CSharpName, PathParameterKind Kind, string Description, string? Accessor);

/// <summary>A query parameter; its type is a primitive, or a list of strings.</summary>
internal sealed record QueryParameterDef(string Key, string WireName, string CSharpName, TypeRef Type, string Description);

/// <summary>What an endpoint sends or receives: nothing, raw bytes, or a model.</summary>
internal enum PayloadKind
{
    None,
    Stream,
    Model,
}

internal sealed record PayloadDef(PayloadKind Kind, string? Model);

/// <summary>An endpoint under one of its prefixes: <see cref="Path"/> for messages, <see cref="Segments"/> parsed once.</summary>
internal sealed record EndpointDef(
    string Name,
    string Method,
    string Path,
    EquatableArray<PathSegment> Segments,
    string Description,
    PayloadDef Body,
    PayloadDef Response,
    EquatableArray<string> Scopes,
    EquatableArray<string> Query,
    EndpointBehavior Behaviors);

/// <summary>
/// A model property type: a primitive (string, int32, …) or a model by name, maybe a collection. For a primitive,
/// <see cref="Name"/> is its spec name.
/// </summary>
internal sealed record TypeRef(string Name, bool IsCollection, PrimitiveType? Primitive)
{
    public bool IsModel => Primitive is null;
}

internal sealed record PropertyDef(string JsonName, string CSharpName, TypeRef Type, string Description);

internal sealed record ModelDef(string Name, string Description, bool IsError, string? MessageExpression, EquatableArray<PropertyDef> Properties);
