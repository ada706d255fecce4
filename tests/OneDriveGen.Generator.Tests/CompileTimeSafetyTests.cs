using System.Linq;
using Microsoft.CodeAnalysis;
using OneDriveGen.Generator.Tests.Infrastructure;
using Xunit;

namespace OneDriveGen.Generator.Tests;

/// <summary>A wrong token request must not compile: required fields are required, forbidden fields do not exist.</summary>
public class CompileTimeSafetyTests
{
    private static string[] ErrorsOf(string code)
    {
        var compilation = GeneratorHarness.CreateCompilation(code);
        var driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(GeneratorHarness.ShippedSpecPath, GeneratorHarness.ShippedSpec) });
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToArray();
    }

    [Fact]
    public void CompleteGrantsCompile()
    {
        var errors = ErrorsOf("""
            using MyApp.OneDrive.Auth;
            static class Use
            {
                static object A() => new PublicAuthorizationCodeGrant { ClientId = "a", Code = "c", RedirectUri = "http://localhost" };
                static object B() => new ConfidentialRefreshTokenGrant { ClientId = "a", ClientSecret = "s", RefreshToken = "r" };
            }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void TheDeviceCodeGrantNeedsItsDeviceCodeAndTakesNoSecret()
    {
        var complete = ErrorsOf("""
            static class Use
            {
                static object A() => new MyApp.OneDrive.Auth.PublicDeviceCodeGrant { ClientId = "a", DeviceCode = "d" };
                static object B() => new MyApp.OneDrive.Auth.DeviceAuthorizationRequest { ClientId = "a", Scope = new[] { "offline_access" } };
            }
            """);
        var noDeviceCode = ErrorsOf("""
            static class Use { static object A() => new MyApp.OneDrive.Auth.PublicDeviceCodeGrant { ClientId = "a" }; }
            """);
        var withSecret = ErrorsOf("""
            static class Use { static object A() => new MyApp.OneDrive.Auth.PublicDeviceCodeGrant { ClientId = "a", DeviceCode = "d", ClientSecret = "s" }; }
            """);
        var noScope = ErrorsOf("""
            static class Use { static object A() => new MyApp.OneDrive.Auth.DeviceAuthorizationRequest { ClientId = "a" }; }
            """);

        Assert.Empty(complete);
        Assert.Equal(new[] { "CS9035" }, noDeviceCode);
        Assert.Equal(new[] { "CS0117" }, withSecret);
        Assert.Equal(new[] { "CS9035" }, noScope);
    }

    [Fact]
    public void ForgettingRedirectUriDoesNotCompile()
    {
        var errors = ErrorsOf("""
            static class Use { static object A() => new MyApp.OneDrive.Auth.PublicAuthorizationCodeGrant { ClientId = "a", Code = "c" }; }
            """);

        Assert.Equal(new[] { "CS9035" }, errors);
    }

    [Fact]
    public void SendingCodeWithARefreshDoesNotCompile()
    {
        var errors = ErrorsOf("""
            static class Use { static object A() => new MyApp.OneDrive.Auth.PublicRefreshTokenGrant { ClientId = "a", RefreshToken = "r", Code = "c" }; }
            """);

        Assert.Equal(new[] { "CS0117" }, errors);
    }

    [Fact]
    public void PublicClientCannotSendASecret()
    {
        var errors = ErrorsOf("""
            static class Use { static object A() => new MyApp.OneDrive.Auth.PublicAuthorizationCodeGrant { ClientId = "a", Code = "c", RedirectUri = "r", ClientSecret = "s" }; }
            """);

        Assert.Equal(new[] { "CS0117" }, errors);
    }

    [Fact]
    public void AuthorizeRequestNeedsClientIdAndRedirectUri()
    {
        var errors = ErrorsOf("""
            static class Use { static object A() => new MyApp.OneDrive.Auth.AuthorizeRequest { ClientId = "a" }; }
            """);

        Assert.Equal(new[] { "CS9035" }, errors);
    }
}
