using OneDriveGen.Generator.Diagnostics;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>
/// The device authorization request is a generated type of the auth namespace with members of its own: a spec that
/// would make a field or an enum parameter collide with them is an ODG error at its token, not broken C#.
/// </summary>
public class DeviceAuthorizationNameTests
{
    private const string Device = "\"deviceAuthorization\": { \"url\": \"{host}/{tenant}/devicecode\", \"fields\": [\"client_id\", \"content_type\"], \"response\": \"Token\" },\n    \"tokenEndpoints\": {";

    [Fact]
    public void A_field_named_like_a_member_of_the_request_is_refused_where_it_is_listed()
    {
        var spec = Specs.MiniWith("\"tokenEndpoints\": {", Device)
            .Replace("\"client_id\": { \"type\": \"string\" },", "\"client_id\": { \"type\": \"string\" },\n      \"content_type\": { \"type\": \"string\" },", System.StringComparison.Ordinal);

        var diagnostic = DiagnosticTests.AssertSingle(spec, SpecDiagnostics.InvalidIdentifier.Code, "\"content_type\"]");

        Assert.Contains("ContentType", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_parameter_named_like_the_request_type_is_refused()
    {
        var spec = Specs.MiniWith("\"prompt\": { \"type\": \"enum\"", "\"device_authorization_request\": { \"type\": \"enum\"");

        DiagnosticTests.AssertSingle(spec, SpecDiagnostics.InvalidIdentifier.Code, "\"device_authorization_request\"");
    }
}
