using Xunit;

namespace OneDriveGen.Build.Tests;

/// <summary>Real <c>dotnet build</c> runs of a fixture project through the shipped targets.</summary>
public sealed class RealBuildTests
{
    private const string Valid = """
                <OneDriveClientId>6731de76-14a6-49ae-97bc-6eba6914391e</OneDriveClientId>
                <OneDriveRedirectUri>http://localhost</OneDriveRedirectUri>
                <OneDriveScopes>offline_access Files.ReadWrite.All</OneDriveScopes>
            """;

    [Fact]
    public void An_invalid_client_id_fails_the_build_at_its_line_and_column()
    {
        using var fixture = FixtureBuild.Create(Valid.Replace("6731de76-14a6-49ae-97bc-6eba6914391e", "my-app"));

        var (exitCode, output) = fixture.Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(fixture.ProjectFile + "(4,6): error ODG2002: OneDriveClientId 'my-app' is not a GUID", output);
    }

    [Fact]
    public void NoWarn_silences_a_code_and_WarningsAsErrors_promotes_it()
    {
        using var fixture = FixtureBuild.Create(Valid.Replace("offline_access ", string.Empty));

        var (warnExit, warned) = fixture.Build();
        Assert.Equal(0, warnExit);
        Assert.Contains(fixture.ProjectFile + "(6,6): warning ODG2053:", warned);

        var (silentExit, silent) = fixture.Build("-p:NoWarn=ODG2053");
        Assert.Equal(0, silentExit);
        Assert.DoesNotContain("ODG2053", silent);

        var (errorExit, promoted) = fixture.Build("-p:WarningsAsErrors=ODG2053");
        Assert.True(errorExit != 0, promoted);
        Assert.Contains("error ODG2053:", promoted);
    }

    [Fact]
    public void The_opt_out_skips_validation()
    {
        using var fixture = FixtureBuild.Create(Valid.Replace("6731de76-14a6-49ae-97bc-6eba6914391e", "my-app"));

        var (exitCode, output) = fixture.Build("-p:OneDriveValidation=false", "-v:d");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("ODG2002", output);
        Assert.Contains("ODG2099: OneDrive app-registration validation skipped (OneDriveValidation=false", output);
    }

    [Fact]
    public void An_unchanged_second_build_skips_validation_and_a_changed_setting_runs_it_again()
    {
        using var fixture = FixtureBuild.Create(Valid);

        var (firstExit, _) = fixture.Build();
        var (secondExit, second) = fixture.Build("-v:d");
        var (thirdExit, third) = fixture.Build("-v:d", "-p:OneDriveClientId=not-a-guid");

        Assert.Equal(0, firstExit);
        Assert.Equal(0, secondExit);
        Assert.Contains("Skipping target \"_OneDriveValidateAppRegistration\" because all output files are up-to-date", second);
        Assert.NotEqual(0, thirdExit);
        Assert.Contains("error ODG2002", third);
    }

    [Fact]
    public void A_secret_in_appsettings_fails_the_build_at_its_token_without_printing_it()
    {
        var secret = "abc" + "8Q~" + new string('k', 34); // built at run time: no secret-shaped literal committed
        using var fixture = FixtureBuild.Create(Valid);
        System.IO.File.WriteAllText(System.IO.Path.Combine(fixture.Directory, "appsettings.json"), "{\n  \"Api\": { \"Key\": \"" + secret + "\" }\n}\n");

        var (exitCode, output) = fixture.Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(System.IO.Path.Combine(fixture.Directory, "appsettings.json") + "(2,19): error ODG2063:", output);
        Assert.DoesNotContain(secret, output);
    }

    [Fact]
    public void A_secret_typed_into_the_project_file_fails_the_build_at_its_line_without_printing_it()
    {
        var secret = "xyz" + "7Q~" + new string('m', 33);
        using var fixture = FixtureBuild.Create(Valid + $"""
                <OneDriveClientType>confidential</OneDriveClientType>
                <OneDriveClientSecret>{secret}</OneDriveClientSecret>
            """);

        var (exitCode, output) = fixture.Build();

        Assert.NotEqual(0, exitCode);
        Assert.True(output.Contains(fixture.ProjectFile + "(7,27): error ODG2063:", System.StringComparison.Ordinal), output);
        Assert.DoesNotContain(secret, output);
    }
}
