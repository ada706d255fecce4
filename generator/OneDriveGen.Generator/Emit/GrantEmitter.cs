using System.Linq;
using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Generator.Planning;
using OneDriveGen.Generator.Spec;

namespace OneDriveGen.Generator.Emit;

/// <summary>
/// Emits one grant for one client type as a record: required fields are C# <c>required</c> members and
/// forbidden fields do not exist, so a wrong token request does not compile. Secrets never reach ToString.
/// </summary>
internal static class GrantEmitter
{
    /// <summary>Members every grant record has besides its fields; the spec reader refuses fields named so.</summary>
    public static readonly string[] Members = { "GrantTypeValue", "GrantType", "IsConfidential", "ToFormFields", "Require" };

    /// <summary>The record's name: the client type, the grant's C# name and "Grant".</summary>
    public static string ClassName(string clientType, string grantName) => Identifiers.ToPascal(clientType) + grantName + "Grant";

    public static SourceText Emit(GrantUnit unit)
    {
        var grant = unit.Grant;
        var client = unit.Client;
        var writer = FileHeader.Start(unit.Namespace);
        var description = grant.Description.Length > 0 ? grant.Description + " " : string.Empty;
        CodeText.Summary(writer, $"{description}The {grant.GrantType} grant as sent by a {client.ClientType} client.");
        if (unit.Endpoints.Count > 0)
        {
            writer.WriteLine($"/// <remarks>Accepted by the token endpoints: {CodeText.Xml(string.Join(", ", unit.Endpoints))}.</remarks>");
        }

        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public sealed record {unit.ClassName} : global::OneDriveGen.Runtime.Tokens.ITokenGrant"))
        {
            CodeText.Summary(writer, "The grant_type value of this grant.");
            writer.WriteLine($"public const string GrantTypeValue = {CodeText.Literal(grant.GrantType)};");
            writer.WriteLine();
            CodeText.Summary(writer, "The grant_type value of this grant.");
            writer.WriteLine("public string GrantType => GrantTypeValue;");
            writer.WriteLine();
            CodeText.Summary(writer, "Whether this grant is sent by a confidential client (with its secret).");
            writer.WriteLine($"public bool IsConfidential => {(client.IsConfidential ? "true" : "false")};");
            FormFieldsWriter.Properties(writer, unit.Fields, client.Required);
            FormFieldsWriter.ToFormFields(writer, unit.Fields, client.Required, "The form fields to POST, grant_type first; unset optional fields are left out.", ("grant_type", "GrantTypeValue"));
            FormFieldsWriter.RedactedToString(writer, unit.ClassName, unit.Fields, "grant_type = {GrantTypeValue}, ", "grant");
            FormFieldsWriter.Require(writer);
        }

        return writer.ToSourceText();
    }
}
