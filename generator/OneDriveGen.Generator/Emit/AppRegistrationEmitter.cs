using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;

namespace OneDriveGen.Generator.Emit;

/// <summary>
/// Emits the app registration the build validated (the <c>OneDrive*</c> MSBuild properties) as constants, so
/// the client can be configured from them without repeating the values in code.
/// </summary>
internal static class AppRegistrationEmitter
{
    /// <summary>The class holding the build's app-registration settings.</summary>
    public static string ClassName(string specName) => specName + "AppRegistration";

    public static SourceText Emit(AppRegistrationUnit unit)
    {
        var p = unit.Properties;
        var writer = FileHeader.Start(unit.Namespace);
        CodeText.Summary(writer, $"The {unit.SpecName} app registration set by the project's OneDrive* MSBuild properties and checked by the build (ODG2xxx); null where a property is not set.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public static class {unit.ClassName}"))
        {
            Constant(writer, "ClientId", p.ClientId, "The application (client) ID, from OneDriveClientId.");
            Constant(writer, "RedirectUri", FirstRedirect(p.RedirectUri), "The first redirect URI, from OneDriveRedirectUri.");
            Constant(writer, "Scopes", p.Scopes, "The scopes, space-separated, from OneDriveScopes.");
            Constant(writer, "ClientType", p.ClientType, "public or confidential, from OneDriveClientType.");
            Constant(writer, "SignInAudience", p.SignInAudience, "The registration's sign-in audience, from OneDriveSignInAudience.");
            writer.WriteLine();
            CodeText.Summary(writer, "Every redirect URI, from OneDriveRedirectUri (separated by ';').");
            writer.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<string> RedirectUris {{ get; }} = new string[] {{ {RedirectList(p.RedirectUri)} }};");
        }

        return writer.ToSourceText();
    }

    private static void Constant(SourceWriter writer, string name, string value, string description)
    {
        CodeText.Summary(writer, description);
        writer.WriteLine($"public const string? {name} = {(value.Length == 0 ? "null" : CodeText.Literal(value))};");
        writer.WriteLine();
    }

    private static string FirstRedirect(string redirects) => Split(redirects).FirstOrDefault() ?? string.Empty;

    private static string RedirectList(string redirects) => string.Join(", ", Split(redirects).Select(CodeText.Literal));

    private static IEnumerable<string> Split(string redirects) =>
        redirects.Split(';').Select(r => r.Trim()).Where(r => r.Length > 0);
}
