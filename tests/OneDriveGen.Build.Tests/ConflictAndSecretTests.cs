using System.IO;
using System.Linq;
using Xunit;

namespace OneDriveGen.Build.Tests;

public sealed class ConflictAndSecretTests
{
    private static readonly string FakeEntraSecret = "xyz" + "7Q~" + new string('m', 33);

    [Fact]
    public void Authority_with_Instance_is_ODG2024_at_the_authority()
    {
        const string Json = """
            { "AzureAd": {
                "Instance": "https://login.microsoftonline.com/",
                "Authority": "https://login.microsoftonline.com/common" } }
            """;
        using var run = TaskRun.WithAppSettings(Json);

        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2024", warning.Code);
        Assert.Equal(3, warning.LineNumber);
    }

    [Fact]
    public void An_agreeing_appsettings_value_is_not_a_conflict()
    {
        const string Json = """{ "OneDrive": { "ClientId": "6731DE76-14A6-49AE-97BC-6EBA6914391E", "Tenant": "common" } }""";
        using var run = TaskRun.WithAppSettings(Json);

        Assert.Empty(run.Codes);
    }

    [Fact]
    public void A_CallbackPath_differing_only_in_case_is_ODG2042()
    {
        using var differs = TaskRun.WithAppSettings("""{ "AzureAd": { "CallbackPath": "/Signin-OIDC" } }""", ("OneDriveClientType", "confidential"), ("UserSecretsId", "x"), ("OneDriveRedirectUri", "https://app.contoso.com/signin-oidc"));
        using var same = TaskRun.WithAppSettings("""{ "AzureAd": { "CallbackPath": "/signin-oidc" } }""", ("OneDriveClientType", "confidential"), ("UserSecretsId", "x"), ("OneDriveRedirectUri", "https://app.contoso.com/signin-oidc"));

        Assert.Equal("ODG2042", Assert.Single(differs.Engine.Warnings).Code);
        Assert.Empty(same.Codes);
    }

    [Fact]
    public void A_v1_token_endpoint_is_ODG2022()
    {
        using var v1 = TaskRun.With(("OneDriveAuthorityHost", "https://login.microsoftonline.com/common/oauth2/token"));
        using var v2 = TaskRun.With(("OneDriveAuthorityHost", "https://login.microsoftonline.com"));

        var error = Assert.Single(v1.Engine.Errors);
        Assert.Equal("ODG2022", error.Code);
        Assert.Equal(v1.Lines["OneDriveAuthorityHost"], error.LineNumber);
        Assert.Empty(v2.Codes);
    }

    [Fact]
    public void An_Entra_secret_in_the_project_file_is_ODG2063_at_its_line_without_printing_it()
    {
        using var run = TaskRun.ForWebApp(("OneDriveClientSecret", FakeEntraSecret));

        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal("ODG2063", error.Code);
        Assert.Equal(run.ProjectFile, error.File);
        Assert.Equal(run.Lines["OneDriveClientSecret"], error.LineNumber);
        Assert.DoesNotContain(FakeEntraSecret, run.AllText);
    }

    [Fact]
    public void A_secret_like_property_is_ODG2064_unless_it_is_a_placeholder()
    {
        using var literal = TaskRun.ForWebApp(("MyAppSecret", "hunter2-but-longer"));
        using var placeholder = TaskRun.ForWebApp(("MyAppSecret", "$(ONEDRIVE_SECRET)"));

        var warning = Assert.Single(literal.Engine.Warnings);
        Assert.Equal("ODG2064", warning.Code);
        Assert.Equal(literal.Lines["MyAppSecret"], warning.LineNumber);
        Assert.DoesNotContain("hunter2", literal.AllText);
        Assert.Empty(placeholder.Codes);
    }

    [Fact]
    public void A_secret_in_a_launch_profile_environment_variable_is_ODG2064()
    {
        const string Json = """
            { "profiles": { "App": { "environmentVariables": {
                "OneDrive__ClientSecret": "s3cr3t-value-here" } } } }
            """;
        using var run = TaskRun.WithAppSettings(Json, ("OneDriveClientType", "confidential"));

        var warning = Assert.Single(run.Engine.Warnings);
        Assert.Equal("ODG2064", warning.Code);
        Assert.Equal(2, warning.LineNumber);
        Assert.DoesNotContain("s3cr3t", run.AllText);
    }
}
