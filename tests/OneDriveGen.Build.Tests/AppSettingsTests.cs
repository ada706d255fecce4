using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class AppSettingsTests
{
    // Built at run time so that no secret-shaped literal is committed (secret scanners would rightly flag it).
    private static readonly string FakeEntraSecret = "abc" + "8Q~" + new string('k', 34);

    [Fact]
    public void A_bad_client_id_in_appsettings_is_reported_at_its_token()
    {
        const string Json = "{\n  // the app\n  \"OneDrive\": {\n    \"ClientId\": \"my-app\",\n  },\n}\n";
        using var run = TaskRun.WithAppSettings(Json, ("OneDriveClientId", null));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2002", error.Code);
        Assert.Equal(run.AppSettingsFile, error.File);
        Assert.Equal((4, 17), (error.LineNumber, error.ColumnNumber));
        Assert.StartsWith("ClientId 'my-app'", error.Message);
    }

    [Fact]
    public void MSAL_AzureAd_shape_with_scope_array_is_read()
    {
        const string Json = """{ "AzureAd": { "ClientId": "6731de76-14a6-49ae-97bc-6eba6914391e", "TenantId": "consumers", "Scopes": [ "Files.Read" ] } }""";
        using var run = TaskRun.WithAppSettings(Json, ("OneDriveClientId", null), ("OneDriveTenant", null), ("OneDriveScopes", null));

        Assert.Equal(new[] { "ODG2053" }, run.Codes);
    }

    [Fact]
    public void A_project_property_wins_over_appsettings_and_the_dead_value_is_ODG2025()
    {
        const string Json = "{\n  \"OneDrive\": {\n    \"ClientId\": \"not-a-guid\"\n  }\n}";
        using var run = TaskRun.WithAppSettings(Json);

        Assert.True(run.Succeeded); // the property's valid GUID is the one checked, not the dead value
        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2025", warning.Code);
        Assert.Equal(run.AppSettingsFile, warning.File);
        Assert.Equal((3, 17), (warning.LineNumber, warning.ColumnNumber));
    }

    [Fact]
    public void Unreadable_json_is_warning_ODG2090_at_the_error()
    {
        using var run = TaskRun.WithAppSettings("{\n  \"OneDrive\": { \"ClientId\": }\n}");

        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2090", warning.Code);
        Assert.Equal(2, warning.LineNumber);
    }

    [Fact]
    public void An_Entra_secret_anywhere_is_error_ODG2063_without_printing_it()
    {
        var json = "{\n  \"Downstream\": {\n    \"Key\": \"" + FakeEntraSecret + "\"\n  }\n}";
        using var run = TaskRun.WithAppSettings(json, ("OneDriveClientType", "confidential"));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2063", error.Code);
        Assert.Equal(3, error.LineNumber);
        Assert.DoesNotContain(FakeEntraSecret, run.AllText);
        Assert.DoesNotContain("8Q~", run.AllText);
    }

    [Fact]
    public void A_secret_like_key_with_a_real_looking_value_is_warning_ODG2064_and_placeholders_are_not()
    {
        using var real = TaskRun.WithAppSettings("""{ "OneDrive": { "ClientSecret": "s3cr3t-value-from-portal" } }""", ("OneDriveClientType", "confidential"));
        using var placeholder = TaskRun.WithAppSettings("""{ "OneDrive": { "ClientSecret": "<set with dotnet user-secrets>" } }""", ("OneDriveClientType", "confidential"));

        Assert.Equal(new[] { "ODG2064" }, real.Codes);
        Assert.DoesNotContain("s3cr3t-value-from-portal", real.AllText);
        Assert.Empty(placeholder.Codes);
    }

    [Fact]
    public void A_secret_for_a_public_client_is_error_ODG2060()
    {
        using var run = TaskRun.WithAppSettings("""{ "OneDrive": { "ClientSecret": "s3cr3t-value-from-portal" } }""");

        Assert.Contains("ODG2060", run.Engine.Errors.Select(e => e.Code));
        Assert.False(run.Succeeded);
    }

    [Fact]
    public void A_guid_shaped_secret_is_warning_ODG2065()
    {
        using var run = TaskRun.WithAppSettings("""{ "OneDrive": { "ClientSecret": "9a1b2c3d-1111-2222-3333-444455556666" } }""", ("OneDriveClientType", "confidential"));

        Assert.Equal(new[] { "ODG2065" }, run.Codes);
    }
}
