using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Planning;

namespace OneDriveGen.Generator.Emit;

/// <summary>Emits the enum of an authorize parameter with a fixed set of values (prompt, response_mode, …).</summary>
internal static class AuthEnumEmitter
{
    public static SourceText Emit(AuthEnumUnit unit)
    {
        var parameter = unit.Parameter;
        var writer = FileHeader.Start(unit.Namespace);
        var description = parameter.Description.Length > 0 ? parameter.Description : $"Values of {parameter.WireName}.";
        CodeText.Summary(writer, $"{description} (sent as {parameter.WireName})");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public enum {parameter.CSharpName}"))
        {
            foreach (var value in parameter.EnumValues)
            {
                CodeText.Summary(writer, $"Sent as {value}.");
                writer.WriteLine($"{Identifiers.ToPascal(value)},");
            }
        }

        return writer.ToSourceText();
    }
}
