using OneDriveGen.IntegrationTests.OneDrive.Auth;
using Xunit;

namespace OneDriveGen.IntegrationTests;

/// <summary>The OneDrive* properties in this project file reach the generated code through a real build.</summary>
public class AppRegistrationTests
{
    [Fact]
    public void The_project_properties_are_the_generated_constants()
    {
        Assert.Equal("6731de76-14a6-49ae-97bc-6eba6914391e", OneDriveAppRegistration.ClientId);
        Assert.Equal("http://127.0.0.1/odg-callback", OneDriveAppRegistration.RedirectUri);
        Assert.Equal("offline_access Files.ReadWrite", OneDriveAppRegistration.Scopes);
        Assert.Null(OneDriveAppRegistration.ClientType);
    }

    [Fact]
    public void Without_a_tenant_property_the_specs_default_stands()
    {
        // OneDriveTenant is not set here (BuildPropertyTests covers the override); the spec says "common".
        Assert.Equal("common", new OneDriveAuthVariables().Tenant);
    }
}
