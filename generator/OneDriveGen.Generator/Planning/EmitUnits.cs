using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Spec;
using OneDriveGen.Generator.Templates;

namespace OneDriveGen.Generator.Planning;

/// <summary>
/// Everything needed to emit one generated file, and nothing more: when an edit to the spec leaves a unit
/// equal, its file is not emitted again.
/// </summary>
internal abstract record EmitUnit(string HintName);

internal sealed record ModelUnit(string HintName, string Namespace, ModelDef Model) : EmitUnit(HintName);

/// <summary>A model's direct UTF-8 JSON reader and writer, in a file of its own beside the model.</summary>
internal sealed record ModelJsonUnit(string HintName, string Namespace, ModelDef Model) : EmitUnit(HintName);

/// <summary>How a builder reaches a child builder.</summary>
internal enum AccessorKind
{
    Property,
    Indexer,
    Method,
}

internal sealed record AccessorParameter(string Name, string TemplateVariable, PathParameterKind Kind, string Description);

internal sealed record ChildAccessor(AccessorKind Kind, string Name, string TargetType, EquatableArray<AccessorParameter> Parameters, string Description);

internal sealed record OperationPlan(
    string HttpMethod,
    string MethodName,
    string EndpointName,
    string Description,
    PayloadDef Body,
    PayloadDef Response,
    EquatableArray<string> Scopes,
    EndpointBehavior Behaviors,
    EquatableArray<QueryParameterDef> QueryParameters);

internal sealed record BuilderUnit(
    string HintName,
    string Namespace,
    string ClassName,
    string UrlTemplate,
    EquatableArray<TemplatePiece> PathTemplate,
    string Path,
    string Description,
    string? DefaultBaseUrl,
    string ModelsNamespace,
    string? ErrorModel,
    EquatableArray<ChildAccessor> Children,
    EquatableArray<OperationPlan> Operations) : EmitUnit(HintName);

internal sealed record AuthVariablesUnit(string HintName, string Namespace, string ClassName, string SpecName, EquatableArray<AuthVariableDef> Variables) : EmitUnit(HintName);

internal sealed record AuthorizeUnit(string HintName, string Namespace, string VariablesClass, EquatableArray<AuthVariableDef> Variables, AuthorizeDef Authorize) : EmitUnit(HintName);

internal sealed record AuthEnumUnit(string HintName, string Namespace, AuthParameterDef Parameter) : EmitUnit(HintName);

internal sealed record TokenEndpointsUnit(string HintName, string Namespace, string ClassName, string VariablesClass, string ModelsNamespace, EquatableArray<AuthVariableDef> Variables, EquatableArray<TokenEndpointDef> Endpoints, DeviceAuthorizationDef? DeviceAuthorization) : EmitUnit(HintName);

internal sealed record DeviceAuthorizationUnit(string HintName, string Namespace, string EndpointsClass, DeviceAuthorizationDef DeviceAuthorization, EquatableArray<FieldDef> Fields) : EmitUnit(HintName);

internal sealed record GrantUnit(string HintName, string Namespace, string ClassName, GrantDef Grant, GrantClientDef Client, EquatableArray<FieldDef> Fields, EquatableArray<string> Endpoints) : EmitUnit(HintName);

internal sealed record AppRegistrationUnit(string HintName, string Namespace, string ClassName, string SpecName, BuildProperties Properties) : EmitUnit(HintName);
