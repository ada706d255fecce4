using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Spec;

/// <summary>The OAuth 2.0 part of a spec: variables, the authorize endpoint, grants and token endpoints.</summary>
internal sealed record AuthModel(
    EquatableArray<AuthVariableDef> Variables,
    AuthorizeDef Authorize,
    EquatableArray<FieldDef> Fields,
    EquatableArray<GrantDef> Grants,
    EquatableArray<TokenEndpointDef> TokenEndpoints,
    DeviceAuthorizationDef? DeviceAuthorization = null);

/// <summary>The device authorization endpoint (RFC 8628 §3.1): where a public client asks for a device and user code.</summary>
internal sealed record DeviceAuthorizationDef(EquatableArray<TemplatePiece> Url, EquatableArray<string> Fields, string Response, string? Error, string Description);

/// <summary>A template variable such as the authority host (a base URL) or the tenant (a segment).</summary>
internal sealed record AuthVariableDef(string Name, string CSharpName, string Default, bool IsBaseUrl, string Description);

/// <summary>The C# shape of an authorize parameter or a token form field.</summary>
internal enum AuthValueType
{
    String,
    Scopes,
    Enum,
    Const,
}

internal sealed record AuthParameterDef(
    string WireName,
    string CSharpName,
    AuthValueType Type,
    bool Required,
    string? Value,
    EquatableArray<string> EnumValues,
    string Description);

internal sealed record AuthorizeDef(EquatableArray<TemplatePiece> Url, string Description, EquatableArray<AuthParameterDef> Parameters);

internal sealed record FieldDef(string WireName, string CSharpName, AuthValueType Type, bool Secret, string Description);

/// <summary>The fields one client type (public or confidential) sends with a grant.</summary>
internal sealed record GrantClientDef(string ClientType, bool IsConfidential, EquatableArray<string> Required, EquatableArray<string> Optional);

internal sealed record GrantDef(string GrantType, string CSharpName, string Description, EquatableArray<GrantClientDef> Clients);

internal sealed record TokenEndpointDef(
    string Key,
    string CSharpName,
    EquatableArray<TemplatePiece> Url,
    EquatableArray<string> Grants,
    string Response,
    string? Error,
    bool Legacy,
    string Description);
