using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;

namespace OneDriveGen.Generator.Emit;

/// <summary>
/// Emits the device authorization request (RFC 8628 §3.1) as a record like the grants': the fields the spec requires
/// are C# <c>required</c> members, so a request without client_id or scope does not compile.
/// </summary>
internal static class DeviceAuthorizationEmitter
{
    /// <summary>The record's name.</summary>
    public const string ClassName = "DeviceAuthorizationRequest";

    /// <summary>Members the record has besides its fields; the spec reader refuses fields named so.</summary>
    public static readonly string[] Members = { "ContentType", "ToFormFields", "Require", ClassName };

    public static SourceText Emit(DeviceAuthorizationUnit unit)
    {
        var device = unit.DeviceAuthorization;
        var writer = FileHeader.Start(unit.Namespace);
        var description = device.Description.Length > 0 ? device.Description + " " : string.Empty;
        CodeText.Summary(writer, $"{description}The request a public client POSTs to the device authorization endpoint ({unit.EndpointsClass}.DeviceAuthorization) for a device code and a user code.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public sealed record {ClassName}"))
        {
            CodeText.Summary(writer, "The content type of the request (never JSON).");
            writer.WriteLine("public const string ContentType = \"application/x-www-form-urlencoded\";");
            FormFieldsWriter.Properties(writer, unit.Fields, device.Fields);
            FormFieldsWriter.ToFormFields(writer, unit.Fields, device.Fields, "The form fields to POST.", null);
            FormFieldsWriter.RedactedToString(writer, ClassName, unit.Fields, string.Empty, "request");
            FormFieldsWriter.Require(writer);
        }

        return writer.ToSourceText();
    }
}
