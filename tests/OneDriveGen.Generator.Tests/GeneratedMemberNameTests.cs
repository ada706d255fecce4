using System.Globalization;
using System.Linq;
using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>
/// A spec name that would become a member the generator itself emits (or its type's own name) is an ODG error at
/// that name: before these rules the compiler rejected the generated code (CS0102, CS0542, CS0108) and the user
/// saw errors in files they never wrote. Each case was found by the fuzz suite or the audit.
/// </summary>
public class GeneratedMemberNameTests
{
    private static string InvalidIdentifier => SpecDiagnostics.InvalidIdentifier.Code;

    [Theory]
    [InlineData("\"size\": { \"type\": \"int64\" }", "\"readJson\": { \"type\": \"int64\" }", "\"readJson\"")]
    [InlineData("\"size\": { \"type\": \"int64\" }", "\"size\": { \"type\": \"int64\", \"name\": \"WriteJson\" }", "\"WriteJson\"")]
    [InlineData("\"size\": { \"type\": \"int64\" }", "\"equals\": { \"type\": \"int64\" }", "\"equals\"")]
    public void A_model_property_named_like_a_generated_member(string find, string replace, string marker)
    {
        DiagnosticTests.AssertSingle(Specs.MiniWith(find, replace), InvalidIdentifier, marker);
    }

    [Fact]
    public void A_model_named_like_a_member_of_every_model()
    {
        var spec = Specs.MiniWith("\"Token\": {", "\"WriteJson\": { \"properties\": {} },\n    \"Token\": {");

        DiagnosticTests.AssertSingle(spec, InvalidIdentifier, "\"WriteJson\"");
    }

    [Theory]
    [InlineData("\"refresh_token\": { \"type\": \"string\", \"secret\": true }", "\"refresh_token\": { \"type\": \"string\", \"secret\": true }, \"to_form_fields\": { \"type\": \"string\" }", "\"to_form_fields\"")]
    [InlineData("\"refresh_token\": { \"type\": \"string\", \"secret\": true }", "\"refresh_token\": { \"type\": \"string\", \"secret\": true }, \"equals\": { \"type\": \"string\" }", "\"equals\"")]
    public void A_grant_field_named_like_a_member_of_every_grant_record(string find, string replace, string marker)
    {
        DiagnosticTests.AssertSingle(Specs.MiniWith(find, replace), InvalidIdentifier, marker);
    }

    [Fact]
    public void A_grant_field_named_like_its_own_record()
    {
        // refresh_token's public record is PublicRefreshTokenGrant: a field of that C# name would be a member of the
        // same name as its type.
        var spec = Specs.MiniWith("\"refresh_token\": { \"type\": \"string\", \"secret\": true }", "\"refresh_token\": { \"type\": \"string\", \"secret\": true, \"name\": \"PublicRefreshTokenGrant\" }");

        var diagnostic = DiagnosticTests.AssertSingle(spec, InvalidIdentifier, "\"refresh_token\"], \"forbidden\": [\"client_secret\", \"code\"]");

        Assert.Contains("PublicRefreshTokenGrant", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"prompt\": { \"type\": \"enum\"", "\"to_uri\": { \"type\": \"string\" },\n        \"prompt\": { \"type\": \"enum\"", "\"to_uri\"")]
    [InlineData("\"prompt\": { \"type\": \"enum\", \"values\": [\"login\", \"none\"] }", "\"authorize_request\": { \"type\": \"enum\", \"values\": [\"login\", \"none\"] }", "\"authorize_request\"")]
    public void An_authorize_parameter_named_like_a_generated_member_or_type(string find, string replace, string marker)
    {
        DiagnosticTests.AssertSingle(Specs.MiniWith(find, replace), InvalidIdentifier, marker);
    }

    [Fact]
    public void An_enum_value_named_like_its_enum()
    {
        var spec = Specs.MiniWith("\"values\": [\"login\", \"none\"]", "\"values\": [\"login\", \"prompt\"]");

        DiagnosticTests.AssertSingle(spec, InvalidIdentifier, "{ \"type\": \"enum\"");
    }

    [Theory]
    [InlineData("\"main\": { \"url\"", "\"accepts\": { \"url\"", "\"accepts\"")]
    [InlineData("\"tenant\": { \"default\"", "\"mini_auth_variables\": { \"default\"", "\"mini_auth_variables\"")]
    public void Auth_names_that_become_generated_members(string find, string replace, string marker)
    {
        DiagnosticTests.AssertSingle(Specs.MiniWith(find, replace).Replace("{tenant}", "{mini_auth_variables}", System.StringComparison.Ordinal), InvalidIdentifier, marker);
    }

    [Theory]
    [InlineData("/items/{item-id}/getAsync")]
    [InlineData("/items/{item-id}/requestUrlTemplate")]
    [InlineData("/items/{item-id}/rawUrl")]
    [InlineData("/items/{item-id}/toString")]
    [InlineData("/items/{item-id}/itemIdRequestBuilder")]
    public void A_path_segment_whose_accessor_is_a_generated_builder_member(string path)
    {
        var spec = Specs.MiniWith("\"path\": \"/items/{item-id}/content\"", $"\"path\": \"{path}\"");

        DiagnosticTests.AssertSingle(spec, InvalidIdentifier, $"\"{path}\"");
    }

    [Fact]
    public void A_literal_segment_called_item_beside_an_indexer()
    {
        // C# names every indexer Item: the property and the indexer of /items would collide.
        var spec = Specs.MiniWith("\"path\": \"/items/{item-id}/content\"", "\"path\": \"/items/item\"");

        var diagnostic = DiagnosticTests.AssertSingle(spec, SpecDiagnostics.DuplicateName.Code, "\"/items/item\"");

        Assert.Contains("item-id", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Names_next_to_generated_ones_still_compile()
    {
        // The rules refuse only real collisions: a property called Json, a segment called async, a field called grant.
        var spec = Specs.MiniWith("\"size\": { \"type\": \"int64\" }", "\"json\": { \"type\": \"int64\" }")
            .Replace("\"path\": \"/items/{item-id}/content\"", "\"path\": \"/items/{item-id}/async\"", System.StringComparison.Ordinal)
            .Replace("\"code\": { \"type\": \"string\", \"secret\": true }", "\"code\": { \"type\": \"string\", \"secret\": true, \"name\": \"Grant\" }", System.StringComparison.Ordinal);

        var result = GeneratorHarness.Run(spec);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        Assert.Contains(result.Sources, s => s.HintName.Contains("AsyncRequestBuilder", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"grants\": [\"authorization_code\", \"refresh_token\"]", "\"grants\": [\"authorization_code\", \"refresh_token\", \"refresh_token\"]", "\"refresh_token\"], \"response\"")]
    [InlineData("\"query\": [\"select\"]", "\"query\": [\"select\", \"select\"]", "\"select\"]")]
    [InlineData("\"required\": [\"client_id\", \"code\", \"redirect_uri\"]", "\"required\": [\"client_id\", \"code\", \"redirect_uri\", \"code\"]", "\"code\"]")]
    public void A_list_naming_an_entry_twice_is_ODG1003_at_the_second(string find, string replace, string marker)
    {
        // Found by the fuzz suite: a repeated grant made an unreachable switch arm (CS8510), a repeated query
        // parameter or field a second property of one name (CS0102).
        DiagnosticTests.AssertSingle(Specs.MiniWith(find, replace), SpecDiagnostics.DuplicateName.Code, marker);
    }

    [Fact]
    public void A_query_parameter_named_like_an_object_member()
    {
        var spec = Specs.MiniWith("\"select\": { \"wireName\": \"$select\", \"type\": \"string[]\" }", "\"select\": { \"wireName\": \"$select\", \"type\": \"string[]\", \"name\": \"GetHashCode\" }");

        DiagnosticTests.AssertSingle(spec, InvalidIdentifier, "\"GetHashCode\"");
    }
}
