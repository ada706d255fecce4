using System.Linq;
using Microsoft.CodeAnalysis.Text;
using OneDriveGen.Generator.Planning;

namespace OneDriveGen.Generator.Emit;

/// <summary>Emits the token endpoint URLs and which grants each accepts.</summary>
internal static class TokenEndpointsEmitter
{
    /// <summary>Members the class has besides one method per endpoint and its response factory (the last two with a device authorization endpoint).</summary>
    public static readonly string[] Members = { "ContentType", "Accepts", DeviceAuthorization, ResponseFactory(DeviceAuthorization) };

    /// <summary>The device authorization endpoint's URL method.</summary>
    public const string DeviceAuthorization = "DeviceAuthorization";

    /// <summary>The class holding the token endpoints.</summary>
    public static string ClassName(string specName) => specName + "TokenEndpoints";

    /// <summary>The factory method of an endpoint's response model.</summary>
    public static string ResponseFactory(string endpointName) => "Create" + endpointName + "Response";

    public static SourceText Emit(TokenEndpointsUnit unit)
    {
        var writer = FileHeader.Start(unit.Namespace);
        CodeText.Summary(writer, "The OAuth 2.0 token endpoints; every token request is POSTed to one of them as application/x-www-form-urlencoded.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        using (writer.OpenBlock($"public static class {unit.ClassName}"))
        {
            CodeText.Summary(writer, "The content type of every token request (never JSON).");
            writer.WriteLine("public const string ContentType = \"application/x-www-form-urlencoded\";");
            foreach (var endpoint in unit.Endpoints)
            {
                writer.WriteLine();
                var description = endpoint.Description.Length > 0 ? endpoint.Description + " " : string.Empty;
                CodeText.Summary(writer, $"{description}Accepts: {string.Join(", ", endpoint.Grants)}. Answers with {endpoint.Response}.");
                if (endpoint.Legacy)
                {
                    writer.WriteLine("/// <remarks>A legacy endpoint: prefer the Microsoft identity platform (v2.0) endpoint for new code.</remarks>");
                }

                writer.WriteLine("/// <param name=\"variables\">The identity URL variables; the spec's defaults when null.</param>");
                writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A variable is unusable, such as plain http to a non-loopback host.</exception>");
                using (writer.OpenBlock($"public static global::System.Uri {endpoint.CSharpName}(global::{unit.Namespace}.{unit.VariablesClass}? variables = null)"))
                {
                    writer.WriteLine($"var v = variables ?? new global::{unit.Namespace}.{unit.VariablesClass}();");
                    writer.WriteLine($"return new global::System.Uri({AuthUrlExpression.Build(endpoint.Url, unit.Variables, "v")});");
                }
            }

            if (unit.DeviceAuthorization is { } device)
            {
                writer.WriteLine();
                var deviceDescription = device.Description.Length > 0 ? device.Description + " " : string.Empty;
                CodeText.Summary(writer, $"{deviceDescription}The device authorization endpoint (RFC 8628): POST a {DeviceAuthorizationEmitter.ClassName} here. Answers with {device.Response}.");
                writer.WriteLine("/// <param name=\"variables\">The identity URL variables; the spec's defaults when null.</param>");
                writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A variable is unusable, such as plain http to a non-loopback host.</exception>");
                using (writer.OpenBlock($"public static global::System.Uri {DeviceAuthorization}(global::{unit.Namespace}.{unit.VariablesClass}? variables = null)"))
                {
                    writer.WriteLine($"var v = variables ?? new global::{unit.Namespace}.{unit.VariablesClass}();");
                    writer.WriteLine($"return new global::System.Uri({AuthUrlExpression.Build(device.Url, unit.Variables, "v")});");
                }
            }

            writer.WriteLine();
            CodeText.Summary(writer, "Whether the named token endpoint accepts the grant type.");
            writer.WriteLine("/// <param name=\"endpoint\">The endpoint's key in the spec, such as v2.</param>");
            writer.WriteLine("/// <param name=\"grantType\">The grant_type value.</param>");
            using (writer.OpenBlock("public static bool Accepts(string endpoint, string grantType) => (endpoint, grantType) switch", "};"))
            {
                foreach (var endpoint in unit.Endpoints)
                {
                    foreach (var grant in endpoint.Grants)
                    {
                        writer.WriteLine($"({CodeText.Literal(endpoint.Key)}, {CodeText.Literal(grant)}) => true,");
                    }
                }

                writer.WriteLine("_ => false,");
            }

            foreach (var endpoint in unit.Endpoints.Where(e => e.Response.Length > 0))
            {
                writer.WriteLine();
                CodeText.Summary(writer, $"Creates the {endpoint.Response} model a {endpoint.Key} token response is read into.");
                writer.WriteLine("/// <param name=\"parseNode\">The node to read from.</param>");
                writer.WriteLine($"public static global::{unit.ModelsNamespace}.{endpoint.Response} {ResponseFactory(endpoint.CSharpName)}(global::Microsoft.Kiota.Abstractions.Serialization.IParseNode parseNode) => global::{unit.ModelsNamespace}.{endpoint.Response}.CreateFromDiscriminatorValue(parseNode);");
            }

            if (unit.DeviceAuthorization is { Response.Length: > 0 } answered)
            {
                writer.WriteLine();
                CodeText.Summary(writer, $"Creates the {answered.Response} model a device authorization response is read into.");
                writer.WriteLine("/// <param name=\"parseNode\">The node to read from.</param>");
                writer.WriteLine($"public static global::{unit.ModelsNamespace}.{answered.Response} {ResponseFactory(DeviceAuthorization)}(global::Microsoft.Kiota.Abstractions.Serialization.IParseNode parseNode) => global::{unit.ModelsNamespace}.{answered.Response}.CreateFromDiscriminatorValue(parseNode);");
            }
        }

        return writer.ToSourceText();
    }
}
