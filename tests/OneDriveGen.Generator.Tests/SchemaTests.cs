using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OneDriveGen.Generator.Spec;
using OneDriveGen.Tests.Shared;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>The published JSON Schema and the generator accept exactly the same keys, so editors never mislead.</summary>
public class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "onedrive-endpoints.schema.json"))).RootElement;

    public static TheoryData<string, string[]> Objects => new()
    {
        { "properties", SpecParser.RootKeys },
        { "definitions.endpoint.properties", EndpointReader.EndpointKeys },
        { "properties.pathPrefixes.additionalProperties.properties", EndpointReader.PrefixKeys },
        { "definitions.pathParameter.properties", ParameterReader.PathParameterKeys },
        { "definitions.queryParameter.properties", ParameterReader.QueryParameterKeys },
        { "definitions.model.properties", ModelReader.ModelKeys },
        { "definitions.property.properties", ModelReader.PropertyKeys },
        { "properties.auth.properties", AuthReader.AuthKeys },
        { "definitions.authVariable.properties", AuthReader.VariableKeys },
        { "properties.auth.properties.authorize.properties", AuthReader.AuthorizeKeys },
        { "definitions.authorizeParameter.properties", AuthReader.ParameterKeys },
        { "definitions.field.properties", AuthReader.FieldKeys },
        { "definitions.grant.properties", AuthReader.GrantKeys },
        { "definitions.grantClient.properties", AuthReader.ClientKeys },
        { "definitions.tokenEndpoint.properties", AuthReader.TokenEndpointKeys },
        { "definitions.deviceAuthorization.properties", AuthReader.DeviceAuthorizationKeys },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void SchemaAndParserKnowTheSameKeys(string schemaPath, string[] parserKeys)
    {
        var node = schemaPath.Split('.').Aggregate(Schema, (current, part) => current.GetProperty(part));

        var schemaKeys = node.EnumerateObject().Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal);

        Assert.Equal(parserKeys.OrderBy(k => k, StringComparer.Ordinal), schemaKeys);
    }

    [Fact]
    public void ShippedSpecNamesTheSchema()
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "onedrive-endpoints.json")));

        Assert.Equal("./onedrive-endpoints.schema.json", spec.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void SchemaNamesEveryPrimitiveTypeOfTheGenerator()
    {
        var description = Schema.GetProperty("definitions").GetProperty("typeRef").GetProperty("description").GetString()!;
        var listed = description.Substring(description.IndexOf('(') + 1, description.IndexOf(')') - description.IndexOf('(') - 1).Split(", ");

        Assert.Equal(PrimitiveType.All.Select(p => p.SpecName), listed);
    }
}
