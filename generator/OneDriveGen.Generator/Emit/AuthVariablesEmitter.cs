using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;

namespace OneDriveGen.Generator.Emit;

/// <summary>Emits the class holding the identity URL variables (authority host, tenant, …) with their defaults.</summary>
internal static class AuthVariablesEmitter
{
    /// <summary>The class holding the spec's auth variables.</summary>
    public static string ClassName(string specName) => specName + "AuthVariables";

    public static SourceText Emit(AuthVariablesUnit unit)
    {
        var writer = FileHeader.Start(unit.Namespace);
        CodeText.Summary(writer, $"The variables of the {unit.SpecName} identity URLs; change them for a national cloud, a tenant or an emulator.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public sealed class {unit.ClassName}"))
        {
            var first = true;
            foreach (var variable in unit.Variables)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                var description = variable.Description.Length > 0 ? variable.Description + " " : string.Empty;
                CodeText.Summary(writer, $"{description}Default: {variable.Default}.");
                writer.WriteLine($"public string {variable.CSharpName} {{ get; set; }} = {CodeText.Literal(variable.Default)};");
            }
        }

        return writer.ToSourceText();
    }
}
