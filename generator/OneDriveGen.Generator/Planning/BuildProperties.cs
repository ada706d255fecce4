using Microsoft.CodeAnalysis.Diagnostics;
using OneDriveGen.Generator.Infrastructure;
using OneDriveGen.Common.Registration;

namespace OneDriveGen.Generator.Planning;

/// <summary>
/// The app-registration MSBuild properties (<c>OneDriveClientId</c>, <c>OneDriveTenant</c>, …) that the build task
/// validated, made visible to the generator through <c>CompilerVisibleProperty</c>. Empty when not set.
/// </summary>
internal sealed record BuildProperties(
    string ClientId,
    string RedirectUri,
    string Scopes,
    string ClientType,
    string SignInAudience,
    EquatableArray<VariableOverride> Variables)
{
    /// <summary>The properties that, when set, replace the default of the auth variable of the same name.</summary>
    private static readonly string[] VariableProperties = { AppRegistrationProperties.Tenant, AppRegistrationProperties.AuthorityHost, AppRegistrationProperties.LiveHost };

    /// <summary>No properties set.</summary>
    public static BuildProperties None { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, EquatableArray<VariableOverride>.Empty);

    /// <summary>Reads the <c>build_property.OneDrive*</c> values from the global analyzer options.</summary>
    public static BuildProperties Read(AnalyzerConfigOptions options)
    {
        string Get(string property) => options.TryGetValue("build_property." + property, out var value) ? value.Trim() : string.Empty;

        var variables = new System.Collections.Generic.List<VariableOverride>();
        foreach (var name in VariableProperties)
        {
            var value = Get(name);
            if (value.Length > 0)
            {
                // OneDriveTenant overrides the variable whose C# name is Tenant.
                variables.Add(new VariableOverride(name.Substring(AppRegistrationProperties.Prefix.Length), value));
            }
        }

        return new BuildProperties(
            Get(AppRegistrationProperties.ClientId),
            Get(AppRegistrationProperties.RedirectUri),
            Get(AppRegistrationProperties.Scopes),
            Get(AppRegistrationProperties.ClientType),
            Get(AppRegistrationProperties.SignInAudience),
            variables.ToEquatableArray());
    }

    /// <summary>The build property's value for the auth variable <paramref name="csharpName"/>, if one was set.</summary>
    public string? VariableValue(string csharpName)
    {
        foreach (var variable in Variables)
        {
            if (variable.Name == csharpName)
            {
                return variable.Value;
            }
        }

        return null;
    }
}

/// <summary>A build property that replaces an auth variable's default, such as <c>OneDriveTenant</c> for <c>tenant</c>.</summary>
internal sealed record VariableOverride(string Name, string Value);
