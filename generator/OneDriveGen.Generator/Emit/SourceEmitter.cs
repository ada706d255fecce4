using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;

namespace OneDriveGen.Generator.Emit;

/// <summary>Emits the file of any unit.</summary>
internal static class SourceEmitter
{
    public static SourceText Emit(EmitUnit unit) => unit switch
    {
        ModelUnit model => ModelEmitter.Emit(model),
        ModelJsonUnit json => ModelJsonEmitter.Emit(json),
        BuilderUnit builder => BuilderEmitter.Emit(builder),
        AuthVariablesUnit variables => AuthVariablesEmitter.Emit(variables),
        AuthorizeUnit authorize => AuthorizeEmitter.Emit(authorize),
        AuthEnumUnit authEnum => AuthEnumEmitter.Emit(authEnum),
        TokenEndpointsUnit endpoints => TokenEndpointsEmitter.Emit(endpoints),
        GrantUnit grant => GrantEmitter.Emit(grant),
        DeviceAuthorizationUnit device => DeviceAuthorizationEmitter.Emit(device),
        AppRegistrationUnit registration => AppRegistrationEmitter.Emit(registration),
        _ => throw new System.ArgumentOutOfRangeException(nameof(unit), unit.GetType().Name),
    };
}
